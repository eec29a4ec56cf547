/// Common given names across English, Slavic, Central Asian, Western European and other traditions,
/// with usual transliterations: a capitalised word from this list starting a name marks a PERSON.
enum FirstNames {
    /// The names.
    static let all = WordList.set("""
    Aaron|Abdul|Abdullah|Adam|Adrian|Ahmed|Ahmad|Aidan|Alan|Albert|Alberto|Aleksandr|Aleksander|Aleksandra|\
    Aleksei|Alexei|Alexey|Aleksey|Alex|Alexander|Alexandra|Alexandre|Ali|Alice|Alina|Alisher|Alla|Amanda|Amir|\
    Amy|Ana|Anastasia|Anatoly|Anatoliy|Andrea|Andreas|Andrei|Andrey|Andrew|Andrzej|Angela|Angelina|Anna|Anne|\
    Anthony|Antonio|Anton|Antony|Arkady|Arman|Armen|Arnold|Arseny|Arthur|Artur|Askar|Aslan|Asel|Aigerim|Aliya|\
    Barack|Barbara|Bakhyt|Bakhytzhan|Baurzhan|Ben|Benjamin|Bernard|Bill|Bob|Boris|Brian|Bruce|Carl|Carlos|\
    Carol|Catherine|Charles|Charlie|Chris|Christian|Christina|Christopher|Daniel|Daniil|Danny|Dariga|Daria|\
    Darya|Dauren|David|Denis|Dennis|Diana|Dimitri|Dmitri|Dmitry|Dmitriy|Donald|Douglas|Eduard|Edward|Elena|\
    Elizabeth|Elvira|Emily|Emma|Emmanuel|Eric|Erik|Erlan|Yerlan|Evgeny|Evgeni|Yevgeny|Yevgeniy|Fedor|Fyodor|\
    Francis|Frank|Franz|Gary|Gennady|George|Georgy|Gerhard|Giorgi|Gleb|Grigory|Gulnara|Hans|Harry|Hassan|\
    Helen|Helmut|Henry|Hillary|Hugo|Hussein|Ian|Igor|Ilham|Ilya|Imran|Irina|Islam|Ivan|Jack|Jacob|Jake|James|\
    Jan|Jane|Janet|Jason|Jean|Jeff|Jeffrey|Jennifer|Jens|Jessica|Jim|Joe|Johann|John|Jonathan|Jose|José|Joseph|\
    Josh|Joshua|Juan|Julia|Julian|Justin|Kamala|Karen|Karim|Kassym|Kasym|Qasym|Kate|Katherine|Kevin|Kim|\
    Kirill|Konstantin|Kuanysh|Larry|Laura|Lee|Leo|Leonid|Lisa|Liz|Louis|Lyudmila|Ludmila|Marat|Marco|Margaret|\
    Maria|Mariya|Marina|Mark|Martin|Mary|Matthew|Maxim|Maksim|Michael|Michel|Mikhail|Mike|Mohammed|Muhammad|\
    Mohammad|Mukhtar|Murat|Nancy|Natalia|Natalya|Nikita|Nikolai|Nikolay|Nicholas|Nick|Nicolas|Nina|Nurlan|\
    Nursultan|Oleg|Olga|Oliver|Olaf|Pablo|Patrick|Paul|Pavel|Peter|Petr|Pyotr|Philip|Phillip|Pierre|Rakhat|\
    Ramzan|Rashid|Recep|Richard|Robert|Roman|Ronald|Rustam|Ruslan|Ryan|Samuel|Sarah|Saule|Scott|Sebastian|Sergei|\
    Sergey|Sergiy|Serhiy|Shavkat|Simon|Sophie|Stanislav|Stephen|Steve|Steven|Susan|Svetlana|Talgat|Tamara|Tatiana|\
    Tatyana|Thomas|Tim|Timothy|Timur|Todd|Tom|Tony|Ursula|Vadim|Valentina|Valery|Valeriy|Vasily|Viktor|Victor|\
    Vitaly|Vitali|Vladimir|Vladislav|Volodymyr|Vyacheslav|Walter|Wendy|William|Xi|Yana|Yaroslav|Yelena|Yulia|\
    Yuliya|Yuri|Yury|Yuriy|Zhanna|Zhomart|Emomali|Sadyr|Almazbek|Sooronbay|Gurbanguly|Serdar|Islom|Askar|Karim|\
    Nazar|Timofey|Arkadiy|Lavrentiy|Akezhan|Samat|Kairat|Daniyar|Dinara|Aidos|Yermek|Ermek|Bolat|Berik|\
    Jens|Josep|Emmanuelle|Olaf|Boris|Liz|Rishi|Keir|Narendra|Shinzo|Fumio|Moon|Yoon|Jair|Luiz|Andrés|Ursula|\
    Charles|Mario|Giorgia|Matteo|Pedro|Mateusz|Viktor|Volodymyr|Petro|Yulia|Alexandr|Oleksandr|Oleksiy|\
    Dmytro|Mykhailo|Mykola|Anatolii|Ihor|Vitaliy|Ramil|Rinat|Azamat|Nurbek|Bauyrzhan|Kanat|Marlen|Gaukhar
    """)
}
