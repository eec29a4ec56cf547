/// Where a report page sits, which decides how it links to articles: the main report in the
/// output folder, an article index page in `report/`, or an article page in `report/articles/`.
enum ReportPlace {
    /// `report.html` / `report.md`.
    case overview
    /// `report/index-NNNN.html` / `.md`.
    case index
    /// `report/articles/NNNNNN.html` / `.md`.
    case article
}
