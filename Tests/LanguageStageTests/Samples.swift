/// Paragraphs written for these tests, a few sentences each, one per language.
enum Samples {
    static let english = "The city council met on Tuesday evening to discuss the new bus routes. Several residents complained that the buses were often late and overcrowded, and the mayor promised to publish a report before the summer."
    static let german = "Der Stadtrat hat sich am Dienstagabend getroffen, um über die neuen Buslinien zu sprechen. Mehrere Bewohner beschwerten sich, dass die Busse oft zu spät und überfüllt seien, und der Bürgermeister versprach einen Bericht vor dem Sommer."
    static let french = "Le conseil municipal s'est réuni mardi soir pour discuter des nouvelles lignes de bus. Plusieurs habitants se sont plaints que les bus étaient souvent en retard et bondés, et le maire a promis de publier un rapport avant l'été."
    static let spanish = "El ayuntamiento se reunió el martes por la noche para hablar de las nuevas líneas de autobús. Varios vecinos se quejaron de que los autobuses llegaban tarde y llenos, y el alcalde prometió publicar un informe antes del verano."
    static let russian = "Городской совет собрался во вторник вечером, чтобы обсудить новые автобусные маршруты. Несколько жителей пожаловались, что автобусы часто опаздывают и переполнены, а мэр пообещал опубликовать отчёт до лета."
    static let kazakh = "Қалалық кеңес сейсенбі күні кешке жаңа автобус бағыттарын талқылау үшін жиналды. Бірнеше тұрғын автобустардың жиі кешігетінін және адамға толы екенін айтып шағымданды, ал әкім жазға дейін есеп жариялауға уәде берді."
    static let chinese = "市议会星期二晚上开会讨论新的公交线路。几位居民抱怨公交车经常晚点而且非常拥挤，市长承诺在夏天之前发布一份报告。"
    static let japanese = "市議会は火曜日の夜に新しいバス路線について話し合うために集まりました。何人かの住民はバスがよく遅れて混雑していると不満を述べ、市長は夏までに報告書を公表すると約束しました。"
    static let arabic = "اجتمع مجلس المدينة مساء الثلاثاء لمناقشة خطوط الحافلات الجديدة. واشتكى عدد من السكان من أن الحافلات تتأخر كثيرا وتكون مزدحمة، ووعد رئيس البلدية بنشر تقرير قبل الصيف."
    static let hindi = "नगर परिषद ने मंगलवार शाम को नए बस मार्गों पर चर्चा करने के लिए बैठक की। कई निवासियों ने शिकायत की कि बसें अक्सर देर से आती हैं और भरी रहती हैं, और महापौर ने गर्मियों से पहले एक रिपोर्ट प्रकाशित करने का वादा किया।"

    /// Each sample with the ISO 639-1 code of its language.
    static let all: [(code: String, text: String)] = [
        ("en", english), ("de", german), ("fr", french), ("es", spanish), ("ru", russian),
        ("kk", kazakh), ("zh", chinese), ("ja", japanese), ("ar", arabic), ("hi", hindi),
    ]
}
