/// Ordinary English words that open the names of things rather than people: bands, brands,
/// products, aircraft, works and eras ("Red Bull", "Velvet Lanterns", "Sea Harrier", "Middle
/// Ages"). A name of two to four unknown capitalised words is a person only by default; one that
/// opens with such a word, and no given name, is not.
enum ThingNameWords {
    /// Colours, materials, animals, elements, sizes and qualities, capitalised as they open a name;
    /// words that are also given names, nicknames or surnames written first ("Tiger", "Bear",
    /// "Storm", "Stone", "Sun", "Moon") are left out.
    static let openers = WordList.set("""
    Red|Blue|Green|Black|White|Golden|Gold|Silver|Bronze|Iron|Steel|Copper|Velvet|Crystal|Diamond|\
    Pink|Purple|Orange|Yellow|Scarlet|Crimson|Grey|Gray|Super|Mega|Ultra|Hyper|Royal|Imperial|Grand|Great|\
    Little|Big|Beautiful|Fighting|Flying|Raging|Rolling|Mighty|Sea|Star|Fire|Ice|Thunder|\
    Lightning|Dragon|Lion|Eagle|Falcon|Hawk|Bull|Cobra|Shark|Viper|Panther|\
    Delta|Alpha|Omega|Boy|Girl|Middle|Dark|Bright|Wild|Hot|Cold|Sweet|Happy|Dead|Holy|Sacred|Secret|\
    Hidden|Lost|Broken|Twisted|Electric|Atomic|Cosmic|Digital|Ancient|Information|Inaugural|Operation|Head|\
    Gravel|Sand|Metal|Heavy|Silent|Crazy|Mad|Wonder|Future|Modern|Total|Pure|Urban|Solid|Sonic
    """)

    /// Whether a capitalised word opens a thing's name: it is in ``openers`` and no given name.
    static func opensThingName(_ word: String) -> Bool {
        openers.contains(word) && !FirstNames.all.contains(word)
    }
}
