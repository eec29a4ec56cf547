import DocPipe
import Foundation
import Testing

/// Sentences and tokens in other languages and scripts than English, on sentences written for these tests.
@Suite("Other languages")
struct MultilingualTests {
    @Test("splits German, French, Spanish and Italian sentences")
    func europeanLanguages() throws {
        #expect(try Segmenting.sentences("Der Zug kam spät an. Über hundert Fahrgäste warteten.")
            == ["Der Zug kam spät an.", "Über hundert Fahrgäste warteten."])
        #expect(try Segmenting.sentences("Il pleuvait toute la journée. Élise est restée chez elle !  Pourquoi ?")
            == ["Il pleuvait toute la journée.", "Élise est restée chez elle !", "Pourquoi ?"])
        #expect(try Segmenting.sentences("¿Dónde está la estación? ¡Allí, al final de la calle! Gracias.")
            == ["¿Dónde está la estación?", "¡Allí, al final de la calle!", "Gracias."])
        #expect(try Segmenting.sentences("La riunione è finita alle sei. Òscar è tornato a casa.")
            == ["La riunione è finita alle sei.", "Òscar è tornato a casa."])
    }

    @Test("keeps a French closing guillemet after a space with its sentence")
    func frenchGuillemets() throws {
        #expect(try Segmenting.sentences("Elle a répondu : « Pas aujourd'hui. » Puis elle est partie.")
            == ["Elle a répondu : « Pas aujourd'hui. »", "Puis elle est partie."])
    }

    @Test("still splits before a German quotation opened with »")
    func germanGuillemets() throws {
        #expect(try Segmenting.sentences("Er nickte. »Wir fahren morgen«, sagte er.")
            == ["Er nickte.", "»Wir fahren morgen«, sagte er."])
    }

    @Test("splits Russian and Kazakh sentences in Cyrillic")
    func cyrillic() throws {
        #expect(try Segmenting.sentences("Вечером пошёл снег. Дороги закрыли до утра! Когда их откроют?")
            == ["Вечером пошёл снег.", "Дороги закрыли до утра!", "Когда их откроют?"])
        #expect(try Segmenting.sentences("Кеше қар жауды. Жолдар таңертеңге дейін жабылды.")
            == ["Кеше қар жауды.", "Жолдар таңертеңге дейін жабылды."])
    }

    @Test("keeps Russian and German abbreviations before a capitalised word inside the sentence")
    func otherLanguageAbbreviations() throws {
        #expect(try Segmenting.sentences("Он живёт в г. Алматы на ул. Абая. Там тепло.")
            == ["Он живёт в г. Алматы на ул. Абая.", "Там тепло."])
        #expect(try Segmenting.sentences("Das gilt nicht, vgl. Abschnitt 3. Danach kommt mehr.")
            == ["Das gilt nicht, vgl. Abschnitt 3.", "Danach kommt mehr."])
    }

    @Test("splits Chinese after 。！？ without spaces")
    func chinese() throws {
        #expect(try Segmenting.sentences("今天下雨了。我们在家里看书！明天会晴吗？")
            == ["今天下雨了。", "我们在家里看书！", "明天会晴吗？"])
    }

    @Test("splits Japanese after 。 but not inside a quotation the sentence goes on after")
    func japanese() throws {
        #expect(try Segmenting.sentences("雨が降っています。傘を持って行きましょう。")
            == ["雨が降っています。", "傘を持って行きましょう。"])
        #expect(try Segmenting.sentences("彼は「わかりました。」と答えた。それから帰った。")
            == ["彼は「わかりました。」と答えた。", "それから帰った。"])
        #expect(try Segmenting.sentences("「行こう！」彼女は言った。")
            == ["「行こう！」", "彼女は言った。"])
    }

    @Test("splits Chinese text written with an ASCII mark and no space")
    func chineseWithASCIIMarks() throws {
        #expect(try Segmenting.sentences("真的吗?我不知道。") == ["真的吗?", "我不知道。"])
    }

    @Test("splits Arabic sentences after . and ؟, right-to-left text in logical order")
    func arabic() throws {
        #expect(try Segmenting.sentences("وصل القطار متأخرا. هل كان الركاب ينتظرون؟ نعم، كثيرا.")
            == ["وصل القطار متأخرا.", "هل كان الركاب ينتظرون؟", "نعم، كثيرا."])
    }

    @Test("splits Urdu after ۔ and Hindi after the danda ।")
    func urduAndHindi() throws {
        #expect(try Segmenting.sentences("آج بارش ہوئی۔ ہم گھر پر رہے۔") == ["آج بارش ہوئی۔", "ہم گھر پر رہے۔"])
        #expect(try Segmenting.sentences("आज बारिश हुई। हम घर पर रहे।") == ["आज बारिश हुई।", "हम घर पर रहे।"])
    }

    @Test("cuts Chinese into one token per character and Japanese kana into runs per script")
    func cjkTokens() throws {
        #expect(try Segmenting.tokens("我们看书。") == ["我", "们", "看", "书", "。"])
        #expect(try Segmenting.tokens("東京へ行きました") == ["東", "京", "へ", "行", "きました"])
        #expect(try Segmenting.tokens("コーヒーを飲む") == ["コーヒー", "を", "飲", "む"])
        #expect(try Segmenting.tokens("用iPhone拍照") == ["用", "iPhone", "拍", "照"])
        #expect(try Segmenting.tokens("（注意）") == ["（", "注", "意", "）"])
    }

    @Test("keeps Arabic words with their vowel marks, skips direction marks, and makes ، and ؟ punctuation")
    func arabicTokens() throws {
        #expect(try Segmenting.tokens("مَرْحَبًا، كيف\u{200F} حالك؟") == ["مَرْحَبًا", "،", "كيف", "حالك", "؟"])
    }

    @Test("keeps a Hindi word with its vowel signs and joiners whole")
    func devanagariTokens() throws {
        #expect(try Segmenting.tokens("हिन्दी भाषा।") == ["हिन्दी", "भाषा", "।"])
        #expect(try Segmenting.tokens("می\u{200C}خواهم") == ["می\u{200C}خواهم"])
    }

    @Test("keeps Cyrillic words with hyphens whole")
    func cyrillicTokens() throws {
        #expect(try Segmenting.tokens("Алма-Ата, 1997 год.") == ["Алма-Ата", ",", "1997", "год", "."])
    }

    @Test("keeps the layer invariants on text mixing every script above, shuffled")
    func invariantsOnMixedScripts() throws {
        let pieces = [
            "今天下雨了。", "「行こう！」", "彼は「はい。」と答えた。", "وصل القطار؟", "نعم، كثيرا.", "आज बारिश हुई।",
            "Вечером пошёл снег.", "« Non. »", "Er nickte.", "»Ja«", "用iPhone拍照", "\u{200F}", "\n", "\n\n", " ", "¿Qué?",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let text = (0..<12).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let document = try Segmenting.segment(text)
            let paragraphs = document[DocPipe.StandardLayers.Paragraphs.self] ?? []
            let sentences = document[DocPipe.StandardLayers.Sentences.self] ?? []
            let tokens = document[DocPipe.StandardLayers.Tokens.self] ?? []
            for (previous, next) in zip(sentences, sentences.dropFirst()) { #expect(previous.end <= next.start, "\(text.debugDescription)") }
            for sentence in sentences {
                let string = document.text(of: sentence)
                #expect(!string.isEmpty && string == string.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
                #expect(paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end })
            }
            for token in tokens {
                #expect(token.start < token.end)
                #expect(sentences.contains { $0.start <= token.start && token.end <= $0.end }, "\(text.debugDescription)")
            }
        }
    }
}
