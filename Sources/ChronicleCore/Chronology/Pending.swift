import Dispatch

/// A value worked out on a thread of its own while the caller goes on with other work, on
/// a machine whose other cores would wait meanwhile; `value` waits for it.
final class Pending<Value: Sendable>: @unchecked Sendable {
    /// Written once, before `done` is signalled; read only after it is.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            result = work()
            done.signal()
        }
    }

    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
