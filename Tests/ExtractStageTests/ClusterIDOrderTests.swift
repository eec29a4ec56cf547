import DocPipe
import Testing
@testable import ExtractStage

@Suite("Cluster ids and input order")
struct ClusterIDOrderTests {
    static let documents: [(String, [EntityMention])] = [
        ("a", [EntityMention(start: 0, end: 12, text: "Maria Santos", label: .person, canonical: "Maria Santos"), EntityMention(start: 20, end: 26, text: "Lisbon", label: .gpe, canonical: "Lisbon")]),
        ("b", [EntityMention(start: 0, end: 13, text: "María Santos", label: .person, canonical: "María Santos")]),
        ("c", [EntityMention(start: 0, end: 6, text: "Santos", label: .person, canonical: "Santos"), EntityMention(start: 9, end: 15, text: "Lisboa", label: .gpe, canonical: "Lisboa")]),
    ]

    static func clusters(_ order: [Int]) -> [EntityCluster] {
        var clusterer = EntityClusterer()
        for index in order { clusterer.add(document: documents[index].0, mentions: documents[index].1) }
        return clusterer.clusters()
    }

    @Test("every cluster gets the id of its label and canonical name, the same for documents added in any order")
    func sameIDsInAnyOrder() {
        let forward = Self.clusters([0, 1, 2])
        #expect(forward.allSatisfy { $0.id == EntityCluster.identifier(canonical: $0.canonical, label: $0.label) })
        let people = forward.filter { $0.label == .person }
        #expect(people.count == 1)
        for order in [[2, 1, 0], [1, 2, 0], [2, 0, 1]] {
            let other = Self.clusters(order)
            #expect(other.map(\.id) == forward.map(\.id))
            #expect(other.map(\.canonical) == forward.map(\.canonical))
        }
    }
}
