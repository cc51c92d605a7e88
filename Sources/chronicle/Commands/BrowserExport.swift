import ChronicleCore
import ChronicleTUI

/// Writes what the browser asks to export.
enum BrowserExport {
    static func write(_ entries: [Entry], _ chronology: Chronology, _ path: String, _ overwrite: Bool) -> Action {
        .exportFailed("export lands with the exporters")
    }
}
