/// Why `clean` removed a piece of the input: the fixed vocabulary of the `removed` layer.
enum RemovalReason: String, Sendable {
    case boilerplate
    case interface
    case caption
    case related
    case bio
    case disclaimer
    case contact
    case advertisement
    case title = "metadata:title"
    case author = "metadata:author"
    case publisher = "metadata:publisher"
    case section = "metadata:section"
    case date = "metadata:date"
    case pattern
}
