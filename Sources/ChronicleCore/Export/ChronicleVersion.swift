/// The program's version, as `chronicle --version` prints it and exports record it.
public enum ChronicleVersion {
    public static let current = "0.1.0"
}
