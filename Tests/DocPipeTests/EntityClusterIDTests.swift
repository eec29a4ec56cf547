@testable import DocPipe
import Foundation
import Testing

@Suite("Entity cluster ids")
struct EntityClusterIDTests {
    static func cluster(_ canonical: String, id: String, _ label: EntityLabel = .person) -> EntityCluster {
        EntityCluster(id: id, canonical: canonical, label: label, aliases: [canonical], mentions: ["d": 1])
    }

    @Test("colliding ids: the first by label then canonical name keeps the id, the others get -2, -3 in that order, whatever the list order")
    func collisionsResolveByName() {
        let clusters = [Self.cluster("Zed", id: "person-aaa"), Self.cluster("Amy", id: "person-aaa"), Self.cluster("Bob", id: "person-aaa"), Self.cluster("Cy", id: "person-bbb")]
        var forward = clusters
        EntityCluster.resolveCollisions(&forward)
        #expect(Dictionary(uniqueKeysWithValues: forward.map { ($0.canonical, $0.id) }) == ["Amy": "person-aaa", "Bob": "person-aaa-2", "Zed": "person-aaa-3", "Cy": "person-bbb"])
        var backward = Array(clusters.reversed())
        EntityCluster.resolveCollisions(&backward)
        #expect(Set(backward.map(\.id)) == Set(forward.map(\.id)))
        #expect(backward.first { $0.canonical == "Zed" }?.id == "person-aaa-3")
    }

    @Test("assigning ids recomputes them from label and canonical name, so the order of the list does not matter")
    func assignmentIgnoresOrder() {
        var clusters = [Self.cluster("Amy Lee", id: "x"), Self.cluster("Acme", id: "x", .org)]
        EntityCluster.assignIdentifiers(&clusters)
        #expect(clusters.map(\.id) == [EntityCluster.identifier(canonical: "Amy Lee", label: .person), EntityCluster.identifier(canonical: "Acme", label: .org)])
        #expect(Set(clusters.map(\.id)).count == 2)
    }
}
