/// People known by one name in the news: historical figures, writers, artists and performers
/// whose surname or stage name alone names them ("Hitler", "Shakespeare", "Rihanna"). General
/// knowledge, like the gazetteers; names that are also places or common words are left out.
enum FamousPeople {
    /// The one-word names.
    static let names = WordList.set("""
    Hitler|Stalin|Lenin|Trotsky|Mussolini|Napoleon|Bonaparte|Churchill|Roosevelt|Gandhi|Nehru|Mandela|Mao|\
    Khrushchev|Brezhnev|Gorbachev|Yeltsin|Putin|Medvedev|Lukashenko|Erdogan|Netanyahu|Assad|Saddam|Gaddafi|\
    Qaddafi|Khomeini|Castro|Guevara|Pinochet|Franco|Thatcher|Blair|Cameron|Merkel|Macron|Sarkozy|Mitterrand|\
    de Gaulle|Kennedy|Nixon|Reagan|Obama|Trump|Biden|Clinton|Bush|Eisenhower|Truman|Kissinger|Zelensky|\
    Zelenskyy|Xi|Modi|Shakespeare|Dickens|Tolstoy|Dostoevsky|Chekhov|Pushkin|Goethe|Dante|Homer|Cicero|Virgil|\
    Tacitus|Plato|Aristotle|Socrates|Confucius|Darwin|Einstein|Newton|Galileo|Freud|Marx|Engels|Nietzsche|\
    Kant|Hegel|Voltaire|Rousseau|Machiavelli|Orwell|Kafka|Joyce|Yeats|Wilde|Hemingway|Steinbeck|Twain|Austen|\
    Tolkien|Picasso|Rembrandt|Michelangelo|Leonardo|Raphael|Monet|Van Gogh|Dali|Warhol|Banksy|Mozart|Beethoven|\
    Bach|Chopin|Tchaikovsky|Wagner|Verdi|Elvis|Madonna|Rihanna|Beyoncé|Beyonce|Adele|Shakira|Bjork|Björk|\
    Eminem|Oprah|Pele|Pelé|Maradona|Messi|Ronaldo|Neymar|Ronaldinho|Zidane|Beckham|Federer|Nadal|Djokovic|\
    Hitchcock|Spielberg|Kubrick|Chaplin|Lennon|McCartney|Jagger|Bowie|Sinatra|Dylan|Picasso|Bismarck|\
    Garibaldi|Cromwell|Caesar|Cleopatra|Nero|Charlemagne|Saladin|Genghis|Attila|Luther|Calvin|Jesus|Muhammad|\
    Buddha|Moses
    """)
}
