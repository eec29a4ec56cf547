/// Puts a page's blocks in the order a person reads them, across columns.
///
/// Blocks are taken top to bottom. A block wider than 60% of the page's text width (a title, a
/// full-width paragraph, a table) is read where it stands; the narrower blocks between two such
/// blocks form a band, split into columns by their horizontal extents (blocks whose extents
/// overlap are one column), read column by column, left to right, each top to bottom.
enum ReadingOrder {
    /// The blocks in reading order.
    static func ordered(_ blocks: [PDFBlock]) -> [PDFBlock] {
        guard blocks.count > 1 else { return blocks }
        let boxes = blocks.map(\.box)
        let left = boxes.map(\.x0).min() ?? 0
        let right = boxes.map(\.x1).max() ?? 0
        let textWidth = max(1, right - left)
        let sorted = blocks.indices.sorted { (boxes[$0].y0, boxes[$0].x0) < (boxes[$1].y0, boxes[$1].x0) }
        var result: [PDFBlock] = []
        var band: [Int] = []
        func flush() {
            result += columns(of: band, boxes: boxes).flatMap { $0.map { blocks[$0] } }
            band.removeAll()
        }
        for index in sorted {
            if boxes[index].width > 0.6 * textWidth {
                flush()
                result.append(blocks[index])
            } else {
                band.append(index)
            }
        }
        flush()
        return result
    }

    /// The band's blocks grouped into columns, left to right, each top to bottom.
    private static func columns(of band: [Int], boxes: [PageBox]) -> [[Int]] {
        var columns: [(extent: PageBox, members: [Int])] = []
        for index in band.sorted(by: { boxes[$0].x0 < boxes[$1].x0 }) {
            if let column = columns.firstIndex(where: { $0.extent.overlapsHorizontally(boxes[index]) }) {
                columns[column].extent = columns[column].extent.union(boxes[index])
                columns[column].members.append(index)
            } else {
                columns.append((boxes[index], [index]))
            }
        }
        var merged = true
        while merged {
            merged = false
            outer: for i in columns.indices {
                for j in columns.indices where j > i && columns[i].extent.overlapsHorizontally(columns[j].extent) {
                    columns[i].extent = columns[i].extent.union(columns[j].extent)
                    columns[i].members += columns[j].members
                    columns.remove(at: j)
                    merged = true
                    break outer
                }
            }
        }
        return columns.sorted { $0.extent.x0 < $1.extent.x0 }.map { column in
            column.members.sorted { (boxes[$0].y0, boxes[$0].x0) < (boxes[$1].y0, boxes[$1].x0) }
        }
    }
}
