import DocPipe
import Foundation

/// Turns a unit's lines into its normalised text: invisible characters dropped, white space
/// collapsed, wrapped lines joined (re-joining words hyphenated across the break), NFC, and
/// optionally typographic punctuation folded to ASCII. Code keeps its lines and indentation
/// (trailing blanks and empty lines dropped, so a code block stays one paragraph); a fenced block
/// keeps its opening fence and ends with ``CodeFence/closingLine``, closed in the input or not.
struct TextNormalizer: Sendable {
    /// Whether to fold typographic punctuation.
    var foldPunctuation: Bool

    /// The normalised code points of a unit.
    /// - Parameters:
    ///   - unit: the unit.
    ///   - scalars: the working text.
    /// - Returns: the normalised code points, empty when nothing visible is left.
    func normalize(_ unit: TextUnit, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var needsComposition = false
        if unit.kind == .code {
            var output: [Unicode.Scalar] = []
            output.reserveCapacity(unit.lines.reduce(0) { $0 + $1.count } + unit.lines.count)
            let fence = unit.lines.first.flatMap { CodeFence(opening: $0, in: scalars) }
            var lines = unit.lines[...]
            if let fence, lines.count > 1, let last = lines.last, fence.isClosed(by: last, in: scalars) { lines = lines.dropLast() }
            for line in lines {
                var end = line.upperBound
                while end > line.lowerBound, ScalarClass.isBlank(scalars[end - 1]) { end -= 1 }
                guard end > line.lowerBound else { continue }
                if !output.isEmpty { output.append("\n") }
                for index in line.lowerBound..<end where !ScalarClass.isDropped(scalars[index]) {
                    append(scalars[index], to: &output, composition: &needsComposition)
                }
            }
            if let fence {
                output.append("\n")
                output.append(contentsOf: fence.closingLine)
            }
            return compose(output, needed: needsComposition)
        }
        let total = unit.lines.reduce(0) { $0 + $1.count }
        let capacity = total * (foldPunctuation ? 3 : 1) + unit.lines.count + 1
        let fold = foldPunctuation
        let text = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var count = 0
            var pendingSpace = false
            for (number, line) in unit.lines.enumerated() {
                if number > 0 {
                    if count >= 2, buffer[count - 1] == "-" || buffer[count - 1].value == 0x2010,
                       ScalarClass.isLetter(buffer[count - 2]), let first = firstVisible(line, scalars), ScalarClass.isLetter(first) {
                        if !ScalarClass.isUppercase(first) { count -= 1 }
                        pendingSpace = false
                    } else {
                        pendingSpace = count > 0
                    }
                }
                for index in line {
                    let scalar = scalars[index]
                    let value = scalar.value
                    if value > 0x20 && value < 0x7F {
                        if pendingSpace {
                            buffer[count] = " "
                            count += 1
                            pendingSpace = false
                        }
                        buffer[count] = scalar
                        count += 1
                        continue
                    }
                    if ScalarClass.isDropped(scalar) { continue }
                    if ScalarClass.isSpace(scalar) || ScalarClass.isLineBreak(scalar) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        buffer[count] = " "
                        count += 1
                        pendingSpace = false
                    }
                    if fold, let folded = ScalarClass.folded(scalar) {
                        for piece in folded.unicodeScalars {
                            buffer[count] = piece
                            count += 1
                        }
                        continue
                    }
                    if !needsComposition && ScalarClass.mayNeedComposition(scalar) { needsComposition = true }
                    buffer[count] = scalar
                    count += 1
                }
            }
            initialized = count
        }
        return compose(text, needed: needsComposition)
    }

    private func append(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar], composition: inout Bool) {
        if scalar.value < 0x80 {
            output.append(scalar)
            return
        }
        if foldPunctuation, let folded = ScalarClass.folded(scalar) {
            output.append(contentsOf: folded.unicodeScalars)
            return
        }
        if !composition && ScalarClass.mayNeedComposition(scalar) { composition = true }
        output.append(scalar)
    }

    private func firstVisible(_ line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        for index in line where !ScalarClass.isBlank(scalars[index]) { return scalars[index] }
        return nil
    }

    private func compose(_ scalars: [Unicode.Scalar], needed: Bool) -> [Unicode.Scalar] {
        guard needed else { return scalars }
        let composed = ScalarString.make(scalars).precomposedStringWithCanonicalMapping
        return Array(composed.unicodeScalars)
    }
}
