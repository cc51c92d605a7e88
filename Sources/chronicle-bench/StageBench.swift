import ChronicleCore
import Foundation

/// Where a single core spends its time on the chronology: each stage in MB/s of CPU
/// time over the same loaded corpus (creation dates, sentences, time tagging, actor
/// mentions, actor merging, events, entries).
func runStageBench(_ loaded: Corpus, gazetteer: Gazetteer, title: String) {
    let bytes = loaded.documents.reduce(0) { $0 + $1.utf8.count }
    let tagger = TimeTagger()
    let recognizer = MentionRecognizer(gazetteer: gazetteer)
    var documents = loaded.documents
    // The scan without a creation date, made by the first stage and taken up by the
    // tagger, as the pipeline does.
    var scans = [UndatedTimeScan?](repeating: nil, count: documents.count)
    var sentences: [[ByteRange]] = []
    var timexes: [[TimeExpression]] = []
    var mentions: [[ActorMention]] = []
    var resolved: ActorResolver.Result? = nil
    var events: [Event] = []
    var stages: [(String, Double)] = []
    func stage(_ name: String, _ body: () -> Void) {
        let t = wallAndCPUSeconds(body)
        stages.append((name, t.cpu))
    }
    stage("creation dates") {
        for k in documents.indices where documents[k].creationDate == nil {
            let scan = UndatedTimeScan(TimeTokens(documents[k].utf8))
            scans[k] = scan
            documents[k].creationDate = CreationDateResolver.resolve(documents[k], scan: scan).date
        }
    }
    stage("sentences") { sentences = documents.map { SentenceSplitter.split($0.utf8) } }
    stage("time expressions") {
        timexes = documents.indices.map { k in
            let utf8 = documents[k].utf8, dct = documents[k].creationDate?.date
            let found = scans[k].map { tagger.tag(utf8, dct: dct, after: $0) } ?? tagger.tag(utf8, dct: dct)
            return QuoteAnchoring.reanchor(utf8, sentences: sentences[k], timexes: found, dct: dct, tagger: tagger)
        }
    }
    stage("actor mentions") {
        mentions = documents.indices.map { recognizer.mentions(in: documents[$0].utf8, sentences: sentences[$0]) }
    }
    stage("actor merging") { resolved = ActorResolver(gazetteer: gazetteer).resolve(mentions) }
    stage("events") {
        events = documents.indices.flatMap { k in
            EventExtractor.events(DocumentAnalysis(document: documents[k], sentences: sentences[k],
                                                   timexes: timexes[k], mentions: mentions[k]),
                                  mentionActors: resolved!.mentionActors[k], actors: resolved!.actors)
        }
    }
    let files = Dictionary(documents.map { ($0.id, $0.file) }, uniquingKeysWith: { a, _ in a })
    let order = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    stage("entries") { _ = ChronologyBuilder.build(events, files: files, documentOrder: order) }
    print("one core, stage by stage, \(title) (\(formatted(mb(bytes))) MB, \(events.count) events)")
    let total = stages.reduce(0) { $0 + $1.1 }
    for (name, cpu) in stages {
        row(name, "\(formatted(mb(bytes) / max(cpu, 1e-9))) MB/s  (\(formatted(100 * cpu / max(total, 1e-9)))% of the time)")
    }
    row("all stages", "\(formatted(mb(bytes) / max(total, 1e-9))) MB/s")
}
