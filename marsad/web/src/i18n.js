// Interface labels in English and Arabic; data values (event fields) stay in English.
export const LABELS = {
  en: {
    title: "Marsad", subtitle: "conflict events from Arabic news", filters: "Filters",
    date_from: "From", date_to: "To", event_type: "Event type", sub_event_type: "Sub-type",
    country: "Country", admin1: "Governorate", actor: "Actor", inter: "Inter code",
    min_fatalities: "Min. fatalities", q: "Text (Arabic)", apply: "Apply", reset: "Reset", any: "any",
    events: "Events", timeline: "Events per day — drag to select dates", clear_dates: "Clear dates",
    summary: "{events} events, {fatalities} fatalities", shown: "showing {n} of {total}",
    loading: "Loading…", error: "Error", no_events: "No events match these filters.",
    detail: "Event", article: "Article", evidence: "Evidence", source: "Source", outlet: "Outlet",
    published: "Published", open_source: "open source link", date: "Date", location: "Location",
    coordinates: "Coordinates", fatalities: "Fatalities", actor1: "Actor 1", actor2: "Actor 2",
    assoc_actor_1: "Associated actor", time_precision: "Time precision", geo_precision: "Geo precision",
    notes: "Notes", background: "Background event", yes: "yes", no: "no", disorder_type: "Disorder type",
    interaction: "Interaction", fatalities_text: "Fatalities (words)", event_id: "Event id",
    tp1: "1 — day known", tp2: "2 — week / few days", tp3: "3 — month only",
    gp1: "1 — the place itself", gp2: "2 — near / around a named place", gp3: "3 — large region",
    min_confidence: "Min. confidence (0-1)", confidence: "Confidence (real, not a copy)",
    faint: "faint = less likely a real event",
    lang: "العربية",
  },
  ar: {
    title: "مرصد", subtitle: "أحداث النزاع من الأخبار العربية", filters: "التصفية",
    date_from: "من", date_to: "إلى", event_type: "نوع الحدث", sub_event_type: "النوع الفرعي",
    country: "الدولة", admin1: "المحافظة", actor: "الطرف", inter: "رمز الفئة",
    min_fatalities: "الحد الأدنى للقتلى", q: "نص (بالعربية)", apply: "تطبيق", reset: "إعادة ضبط", any: "الكل",
    events: "الأحداث", timeline: "الأحداث يوميًا — اسحب لتحديد التواريخ", clear_dates: "مسح التواريخ",
    summary: "{events} حدثًا، {fatalities} قتيلًا", shown: "عرض {n} من {total}",
    loading: "جارٍ التحميل…", error: "خطأ", no_events: "لا أحداث تطابق هذه المعايير.",
    detail: "الحدث", article: "المقال", evidence: "الدليل", source: "المصدر", outlet: "الوسيلة",
    published: "تاريخ النشر", open_source: "رابط المصدر", date: "التاريخ", location: "المكان",
    coordinates: "الإحداثيات", fatalities: "القتلى", actor1: "الطرف الأول", actor2: "الطرف الثاني",
    assoc_actor_1: "طرف مساند", time_precision: "دقة التاريخ", geo_precision: "دقة الموقع",
    notes: "ملاحظات", background: "حدث سابق (سياق)", yes: "نعم", no: "لا", disorder_type: "نوع الاضطراب",
    interaction: "رمز التفاعل", fatalities_text: "القتلى (كما ورد)", event_id: "معرّف الحدث",
    tp1: "1 — اليوم معروف", tp2: "2 — أسبوع أو أيام", tp3: "3 — الشهر فقط",
    gp1: "1 — المكان نفسه", gp2: "2 — قرب مكان مسمى", gp3: "3 — منطقة واسعة",
    min_confidence: "الحد الأدنى للثقة (0-1)", confidence: "الثقة (حدث حقيقي غير مكرر)",
    faint: "الباهت = أقل ترجيحًا أن يكون حدثًا حقيقيًا",
    lang: "English",
  },
};

export function t(lang, key, vars = {}) {
  const text = (LABELS[lang] && LABELS[lang][key]) || LABELS.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}
