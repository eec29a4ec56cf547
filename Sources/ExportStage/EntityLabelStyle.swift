import DocPipe

/// How the reports show each entity label: a CSS class, colours and a name in words.
enum EntityLabelStyle {
    /// The CSS class of a label's highlight.
    static func cssClass(_ label: EntityLabel) -> String {
        "ent-\(label.rawValue.lowercased())"
    }

    /// The label in words, for the legend.
    static func description(_ label: EntityLabel) -> String {
        switch label {
        case .person: return "person"
        case .org: return "organisation"
        case .gpe: return "country, city, state"
        case .loc: return "location"
        case .norp: return "nationality or group"
        case .fac: return "building or facility"
        case .misc: return "other name"
        }
    }

    /// Background and border colours of a label's highlight.
    static func colours(_ label: EntityLabel) -> (background: String, border: String) {
        switch label {
        case .person: return ("#ffe0b2", "#e65100")
        case .org: return ("#d6e9ff", "#1565c0")
        case .gpe: return ("#d7f5d0", "#2e7d32")
        case .loc: return ("#d2f1ee", "#00796b")
        case .norp: return ("#f6dcf9", "#8e24aa")
        case .fac: return ("#fff6b3", "#9e8600")
        case .misc: return ("#e6e6e6", "#616161")
        }
    }

    /// The CSS rules of every label's highlight.
    static var css: String {
        EntityLabel.allCases.map { label in
            let (background, border) = colours(label)
            return ".\(cssClass(label)){background:\(background);border-bottom:2px solid \(border)}"
        }.joined(separator: "\n")
    }
}
