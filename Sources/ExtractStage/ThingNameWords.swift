/// Ordinary English words that open the names of things rather than people: bands, brands,
/// products, aircraft, works and eras ("Red Bull", "Velvet Lanterns", "Sea Harrier", "Middle
/// Ages"). A name of two to four unknown capitalised words is a person only by default; one that
/// opens with such a word, and no given name, is not.
enum ThingNameWords {
    /// Colours, materials, animals, elements, sizes and qualities, capitalised as they open a name.
    static let openers = WordList.set("""
    Red|Blue|Green|Black|White|Golden|Gold|Silver|Bronze|Iron|Steel|Copper|Velvet|Crystal|Diamond|Stone|\
    Pink|Purple|Orange|Yellow|Scarlet|Crimson|Grey|Gray|Super|Mega|Ultra|Hyper|Royal|Imperial|Grand|Great|\
    Little|Big|Beautiful|Fighting|Flying|Raging|Rolling|Mighty|Sea|Sky|Star|Sun|Moon|Fire|Ice|Snow|Thunder|\
    Lightning|Storm|Dragon|Tiger|Lion|Eagle|Falcon|Hawk|Wolf|Bull|Bear|Cobra|Shark|Viper|Panther|Phoenix|\
    Delta|Alpha|Omega|Boy|Girl|Middle|Dark|Bright|Wild|Hot|Cold|Sweet|Happy|Lucky|Dead|Holy|Sacred|Secret|\
    Hidden|Lost|Broken|Twisted|Electric|Atomic|Cosmic|Digital|Ancient|Information|Inaugural|Operation|Head|\
    Gravel|Sand|Rock|Metal|Heavy|Silent|Crazy|Mad|Wonder|Magic|Future|Modern|Total|Pure|Urban|Solid|Sonic
    """)

    /// Whether a capitalised word opens a thing's name: it is in ``openers`` and no given name.
    static func opensThingName(_ word: String) -> Bool {
        openers.contains(word) && !FirstNames.all.contains(word)
    }
}
