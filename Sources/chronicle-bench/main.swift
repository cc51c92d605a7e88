import ChronicleCore
print("bench: nothing measured yet")
