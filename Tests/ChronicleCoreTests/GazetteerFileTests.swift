import Foundation
import Testing
@testable import ChronicleCore

/// The gazetteer users edit (`data/gazetteer.yaml`) and the copy built into the program
/// must not drift apart, and both must load without a warning.
@Suite struct GazetteerFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func bundledCopyEqualsTheDataFile() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("data/gazetteer.yaml"))
        let bundled = try Data(contentsOf: Self.root.appendingPathComponent("Sources/ChronicleCore/Resources/gazetteer.yaml"))
        #expect(data == bundled, "copy data/gazetteer.yaml to Sources/ChronicleCore/Resources/")
    }

    @Test func dataFileLoadsCleanlyAndNamesAreUnique() throws {
        let (gazetteer, warnings) = try Gazetteer.load(path: Self.root.appendingPathComponent("data/gazetteer.yaml").path)
        #expect(warnings.isEmpty)
        #expect(gazetteer.entries.count > 300)
        var owner: [String: String] = [:]
        for entry in gazetteer.entries {
            for form in entry.forms {
                #expect(owner[form] == nil || owner[form] == entry.name, "\(form) listed under \(owner[form] ?? "") and \(entry.name)")
                owner[form] = entry.name
            }
        }
    }
}
