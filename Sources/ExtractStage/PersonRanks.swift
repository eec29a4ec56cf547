/// Military, police, civic and clerical ranks written before a person's name ("Army Spc Caleb
/// Roe", "Det Supt Ann Fell", "Cllr Raj Patel"), with their usual abbreviations; the entity rules
/// read them as person titles beside ``RoleWords``.
enum PersonRanks {
    /// Every rank word, the modifiers of compound ranks included ("Staff", "Petty", "Warrant").
    static let titles = personTitles.union(modifiers)

    /// Ranks that on their own, right before a capitalised name, make it a person.
    static let personTitles = WordList.set("""
    Spc|Spc.|Spec.|Pvt|Pvt.|Pte|Pte.|PFC|Pfc|Pfc.|Cpl|Cpl.|LCpl|L/Cpl|Sgt|SSgt|SSG|SFC|MSgt|Bombardier|\
    Gunner|Trooper|Airman|Airwoman|Seaman|Rifleman|Guardsman|Fusilier|Sapper|Ensign|Midshipman|\
    Lt|Lieut.|Ltc|LtCol|Capt|Maj|Brig|Brig.|Gen|Adm|Cmdr|Cmdr.|Cdr|Cdr.|Commodore|Sub-Lieutenant|\
    Constable|Supt.|Superintendent|Insp|Insp.|Det|Det.|DCI|PCSO|Sheriff|Marshal|\
    Firefighter|Patrolman|Patrolwoman|Cllr|Cllr.|Councillor|Councilor|Councilman|Councilwoman|Alderman|\
    Alderwoman|Ald.|Assemblyman|Assemblywoman|Assemblymember|Delegate|Magistrate|Pastor|Deacon|Vicar|\
    Chaplain|Monsignor|Msgr.|Fr.|Mullah|Rector|Provost|Sen|Rep|Gov|Prof|Supt|Sheikha|Rev|Revd|Revd.
    """)

    /// Words that begin compound ranks and are no rank alone ("Staff Sgt", "Petty Officer", "Rt
    /// Rev", "Very Rev").
    static let modifiers = WordList.set("Staff|Petty|Warrant|Rear|Master|Chief|Rt|Rt.|Right|Very|Most")
}
