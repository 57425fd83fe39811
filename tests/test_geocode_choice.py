"""Geocoding: candidate choice in context, event places, fallbacks, Event fields."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import line_sentences
from support import place_mention as _mention
from support import scene_places as _scene_places

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.stages import geocode, places


def test_admin_context_picks_the_namesake_in_that_governorate():
    doc = _doc("سقطت قذائف على بلدة الشجرة في ريف درعا الغربي.")
    shajara = _chosen(doc, "الشجرة")
    assert (shajara.country_code, shajara.admin1) == ("SY", "Daraa")
    assert doc.country_hint == "SY"


def test_governorate_cue_chooses_the_admin1_row():
    doc = _doc("شن التنظيم هجوما على محافظة السويداء.")
    place = _chosen(doc, "السويداء")
    assert place.feature_class == "admin1" and place.name == "As-Suwayda"
    fields = geocode.location_fields(place, 3, "محافظة السويداء")
    assert fields["admin1"] == "As-Suwayda" and fields["country"] == "Syria" and fields["iso"] == "SY"
    assert fields["geo_precision"] == 3 and fields["location_ar"] == "محافظة السويداء"


def test_location_fields_are_exactly_the_event_fields():
    place = load_gazetteer().lookup("عابدين")[0]
    assert set(geocode.location_fields(place, 1, "عابدين")) == {
        "country", "iso", "admin1", "admin2", "location", "location_ar", "latitude", "longitude", "geo_precision",
    }


def test_event_place_is_the_one_governed_after_the_trigger():
    text = "قال مسؤول من دمشق إن الطائرات قصفت بلدة عابدين في ريف درعا."
    found = _scene_places(text, "قصفت")
    assert [m.attrs["surface_ar"] for m in found] == ["عابدين"]


def test_event_places_returns_every_member_of_a_list():
    text = "سيطرت القوات على بلدات الشجرة وعابدين ومعرية."
    found = _scene_places(text, "سيطرت")
    assert [m.attrs["surface_ar"] for m in found] == ["الشجرة", "عابدين", "معرية"]


def test_event_places_is_empty_without_a_place_in_the_clause():
    text = "اشتعلت المعارك في حماة.\nوقتل ثلاثة مقاتلين."
    doc = _doc(text)
    start = text.index("وقتل")
    assert geocode.event_places(doc, start, len(text), start + 1) == []


def test_fallback_uses_the_paragraph_place_then_the_lead_then_the_country():
    text = "اشتعلت المعارك في مدينة حماة وقتل ثلاثة مقاتلين.\nوأعلن متحدث عن اتفاق."
    doc = _doc(text)
    place, precision, location_ar = geocode.fallback_place(doc, text.index("وقتل"))
    assert place.name == "Hama" and precision == 1 and location_ar == "حماة"
    place, precision, _ = geocode.fallback_place(doc, text.index("وأعلن"))
    assert place.name == "Hama" and precision == 2  # the lead's only town, inferred
    text = "اشتعلت المعارك في مدينة حماة وفي مدينة حمص.\nوأعلن متحدث عن اتفاق."
    place, precision, _ = geocode.fallback_place(_doc(text), text.index("وأعلن"))
    assert place.feature_class == "country" and place.country_code == "SY" and precision == 3


def test_dateline_sets_the_fallback():
    text = "بيروت - أعلن مسؤولون عن اتفاق جديد."
    doc = _doc(text)
    place, _, location_ar = geocode.fallback_place(doc, text.index("أعلن"))
    assert place.country_code == "LB" and location_ar == "بيروت"


def test_foreign_dateline_is_not_the_event_place():
    text = "موسكو - قال مسؤولون إن اشتباكات دارت في مدينة درعا وفي ريف حمص.\nوأعلن متحدث عن اتفاق."
    doc = _doc(text)
    assert doc.country_hint == "SY"
    place, precision, _ = geocode.fallback_place(doc, text.index("وأعلن"))
    assert place.country_code == "SY" and precision == 3


def test_isolated_foreign_namesake_without_cue_does_not_locate_an_event() -> None:
    from marsad.pipeline import extract_text

    doc = extract_text("قتل خمسة جنود سوريين في غارات من طراز حديث على مدينة حماة أمس.")
    assert doc.events and all(e.iso == "SY" for e in doc.events)


def test_unit_named_right_after_a_place_picks_its_namesake():
    doc = _doc("دوى انفجار في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا وفي كوباني.")
    suruc = _chosen(doc, "سروج")
    assert suruc.country_code == "TR"


def test_namesake_outside_the_named_container_is_left_unplaced():
    doc = _doc("عمان - سقطت قذائف على بلدة الباروك قرب مدينة حمص وسط سوريا.")
    mention = _mention(doc, "الباروك")
    assert {p.country_code for p in mention.value} == {"LB"} and "place" not in mention.attrs


def test_country_supported_only_by_a_village_namesake_does_not_lead():
    # خاش is known only as a town in Iran: it must not outvote the named country.
    doc = _doc("هاجم مسلحون قافلة للجيش في منطقة خاش جنوب غرب باكستان.\nوشهدت منطقة خاش هجمات سابقة.")
    assert doc.country_hint == "PK"


def test_curated_afghan_and_pakistani_units_are_found():
    doc = _doc("شنت طائرة غارة في ولاية باكتيكا.\nاختطف مسلحون عمالا في منطقة دير السفلى بباكستان.")
    paktika, lower_dir = _chosen(doc, "باكتيكا"), _chosen(doc, "دير السفلى")
    assert (paktika.country_code, paktika.admin1) == ("AF", "Paktika")
    assert (lower_dir.country_code, lower_dir.admin2) == ("PK", "Lower Dir")


def test_plural_cue_before_a_country_name_means_the_country():
    doc = _doc("تعد عدن من كبرى مدن اليمن.")
    assert _chosen(doc, "اليمن").feature_class == "country"


def test_city_named_by_its_own_name_beats_the_governorate_listing_it():
    doc = _doc("وقعت اشتباكات في الموصل شمال العراق.")
    assert _chosen(doc, "الموصل").feature_class == "city"


def test_cued_village_abroad_without_its_country_named_is_no_scene():
    doc = _doc("اقتحمت القوات منطقة الحوض في مدينة الخليل بالضفة الغربية.")
    scenes = [m.attrs["surface_ar"] for m in doc.of_kind("place") if geocode.plausible_scene(doc, m)]
    assert "الحوض" not in scenes and "الخليل" in scenes


def test_place_in_a_title_locates_no_event():
    text = "صرح نائب رئيس مجلس محافظة ذي قار بأن الطرق مغلقة."
    doc = _doc(text)
    mention = _mention(doc, "ذي قار")
    assert mention.attrs["place"].country_code == "IQ" and not geocode.plausible_scene(doc, mention)
    assert geocode.event_places(doc, 0, len(text), text.index("مغلقة")) == []


def test_each_conjoined_place_with_its_own_container_is_a_scene():
    text = "قصفت الطائرات بلدة تلبيسة بريف حمص وبلدة كفرزيتا بريف حماة."
    found = _scene_places(text, "قصفت")
    assert [m.attrs["surface_ar"] for m in found] == ["تلبيسة", "كفرزيتا"]


def test_a_place_between_two_names_is_one_scene():
    text = "دمرت الغارة الجسر الرابط بين حلب وإدلب."
    doc = _doc(text)
    assert [m.attrs["surface_ar"] for m in geocode.event_places(doc, 0, len(text), text.index("دمرت"))] == ["حلب"]


def test_fallback_skips_a_bare_village_word_in_a_construct():
    text = "عقد الطرفان اجتماعا لبحث تخفيف الكربات عن السكان في اليمن.\nوأعلن متحدث عن اتفاق."
    doc = line_sentences(text)
    for sentence in doc.sentences:
        sentence.paragraph = 0  # one paragraph: the village word is the paragraph's only place
    places.process(doc)
    geocode.process(doc)
    # the places stage drops the word already: a bare village of a governorate the story never names
    assert not any(m.attrs["surface_ar"] == "الكربات" for m in doc.of_kind("place"))
    place, precision, _ = geocode.fallback_place(doc, text.index("وأعلن"))
    assert place.feature_class == "country" and place.country_code == "YE" and precision == 3


def test_governed_class_noun_points_back_to_the_earlier_place():
    doc = _doc("دخلت القوات مدينة إدلب فجرا وانتشرت الحواجز داخل المحافظة.")
    anaphor = _mention(doc, "المحافظة")
    place = anaphor.attrs["place"]
    assert (place.feature_class, place.name) == ("admin1", "Idlib") and anaphor.attrs["precision"] == 3


def test_class_noun_in_a_construct_or_title_is_not_resolved():
    doc = _doc("اجتمع المحتجون في حمص أمام مبنى المحافظة وقال عضو مجلس المحافظة إن الطرق مغلقة.")
    anaphors = [m for m in doc.of_kind("place") if m.attrs.get("anaphor")]
    assert len(anaphors) == 1 and "place" not in anaphors[0].attrs


def test_where_a_speaker_is_locates_no_event():
    text = "وقال المتحدث في اتصال هاتفي من عمان إن الطائرات قصفت مدينة درعا."
    doc = _doc(text)
    assert [m.attrs["surface_ar"] for m in geocode.event_places(doc, 0, len(text), text.index("قال"))] == ["درعا"]
    amman = _mention(doc, "عمان")
    assert not geocode.plausible_scene(doc, amman)


def test_spelling_variant_inside_the_named_container_is_found():
    doc = _doc("سقطت قذائف على بلدة عبدين قرب مدينة درعا.")
    place = _chosen(doc, "عبدين")
    assert (place.country_code, place.admin1, place.name) == ("SY", "Daraa", "`Abidin")


def test_a_unit_containing_a_named_town_is_not_the_scene():
    text = "ردت الفصائل على تعرض بلدة مضايا في ريف دمشق لقصف عنيف."
    found = _scene_places(text, "لقصف")
    assert [m.attrs["surface_ar"] for m in found] == ["مضايا"]


def test_towns_named_after_a_governorate_frame_are_the_scenes():
    text = "بعد شهر من الحصار على محافظة إدلب، كثفت الطائرات استهدافها معرة النعمان وسراقب بالغارات."
    found = _scene_places(text, "بالغارات")
    assert [m.attrs["place"].admin1 for m in found] == ["Idlib", "Idlib"]
    assert [m.attrs["surface_ar"] for m in found] == ["معرة النعمان", "سراقب"]


def test_a_country_frame_stays_without_a_town_named_after_it():
    text = "قتل ثلاثة جنود في هجوم في أفغانستان أمس."
    found = _scene_places(text, "هجوم")
    assert [m.attrs["place"].feature_class for m in found] == ["country"]


def test_a_single_town_of_the_governorate_frame_is_the_scene():
    text = "في الأسبوع الثالث من المعارك في محافظة حمص، صعدت القوات قصفها تلكلخ بالمدفعية."
    found = _scene_places(text, "بالمدفعية")
    assert [m.attrs["surface_ar"] for m in found] == ["تلكلخ"]


def test_governorate_noun_reaches_back_to_the_paragraph_before():
    doc = _doc("دخلت القوات مدينة إدلب فجرا.\nوقال ناشطون إن الحواجز انتشرت في المحافظة.")
    anaphor = _mention(doc, "المحافظة")
    assert anaphor.attrs["place"].name == "Idlib"


def test_town_noun_and_far_governorate_noun_stay_unresolved():
    doc = _doc("دخلت القوات مدينة إدلب فجرا.\nوانتشرت الحواجز في المدينة.\n\n\n\nوعاد الهدوء إلى المحافظة.")
    anaphors = [m for m in doc.of_kind("place") if m.attrs.get("anaphor")]
    assert len(anaphors) == 2 and all("place" not in m.attrs for m in anaphors)


def test_bare_governorate_name_is_its_city_and_the_cued_one_the_governorate():
    bare = _chosen(_doc("سقطت قذائف على الحديدة أمس."), "الحديدة")
    cued = _chosen(_doc("سقطت قذائف على محافظة الحديدة أمس."), "الحديدة")
    assert (bare.feature_class, bare.admin1) == ("city", "Al Hudaydah")
    assert cued.feature_class == "admin1"


def test_a_town_keeps_its_first_place_when_named_again_near_another_governorate():
    doc = _doc("اشتبك مسلحون في بلدة رداع بمحافظة البيضاء.\nوعاد الهدوء إلى رداع بعد معارك في ريف تعز والضالع.")
    places_of = [m.attrs["place"] for m in doc.of_kind("place") if m.attrs["surface_ar"] == "رداع"]
    assert [p.admin1 for p in places_of] == ["Al Bayda'", "Al Bayda'"]


def test_town_noun_takes_the_town_the_story_names_most():
    doc = _doc("قصفت الطائرات مدينة الحديدة وقالت مصادر إن القوات تقترب من الحديدة، "
               "وقال المبعوث الذي وصل إلى العاصمة صنعاء إن المعارك تدور على أطراف المدينة.")
    anaphor = next(m for m in doc.of_kind("place") if m.attrs.get("anaphor"))
    assert anaphor.attrs["place"].name == "Al Hudaydah"


def test_town_noun_skips_the_towns_of_a_between_phrase():
    doc = _doc("قطع المحتجون الطريق بين كربلاء والنجف وأحرقوا مبنى حكوميا في المدينة.")
    anaphor = next(m for m in doc.of_kind("place") if m.attrs.get("anaphor"))
    assert "place" not in anaphor.attrs


def test_a_sea_takes_the_country_of_the_coast_named_beside_it():
    doc = _doc("غرقت سفينة مهاجرين في البحر المتوسط قبالة سواحل مدينة طرابلس.")
    sea = _chosen(doc, "البحر المتوسط")
    assert sea.feature_class == "marine" and sea.country_code == "LY"
    assert geocode.location_fields(sea, 3, "البحر المتوسط")["country"] == "Libya"


def test_a_projectile_attack_is_placed_at_its_target_not_its_launch_site():
    text = "قال مسؤولون في صنعاء إن الجماعة أطلقت صواريخ من صعدة على مدينة جازان."
    found = _scene_places(text, "أطلقت")
    assert [m.attrs["surface_ar"] for m in found] == ["جازان"]
    assert found[0].attrs["place"].country_code == "SA"


def test_a_withdrawal_from_a_town_stays_at_that_town():
    text = "انسحبت القوات من بلدة تلكلخ باتجاه مدينة حمص."
    found = _scene_places(text, "انسحبت")
    assert [m.attrs["surface_ar"] for m in found] == ["تلكلخ"]


def test_a_village_is_read_as_the_spelling_variant_beside_the_unit_its_sentence_names():
    doc = _doc("سقطت قذائف على قرية مجادل في منطقة الشيخ بدر بريف طرطوس.")
    village = _chosen(doc, "مجادل")
    assert (village.admin1, village.name) == ("Tartus", "Mujaydil")


def test_a_village_near_the_named_town_keeps_its_own_spelling():
    doc = _doc("سقطت قذائف على قرية مجادل قرب السويداء.")
    assert _chosen(doc, "مجادل").admin1 == "As-Suwayda"


def test_a_missile_target_named_after_a_targeting_verb_is_the_scene():
    text = "قال متحدث في صنعاء إن الجماعة أطلقت صواريخ من محافظة صعدة واستهدف اثنان منها مدينة الرياض في المملكة العربية السعودية."
    found = _scene_places(text, "أطلقت")
    assert [m.attrs["place"].country_code for m in found] == ["SA"]


def test_raids_answering_rocket_fire_keep_their_own_place():
    text = "شنت الطائرات غارات على مواقع للحركة في قطاع غزة ردا على إطلاق صواريخ صوب إسرائيل."
    found = _scene_places(text, "شنت")
    assert [m.attrs["place"].country_code for m in found] == ["PS"]


def test_a_border_district_read_as_turkish_stays_turkish_beside_a_syrian_town():
    doc = _doc("أعلنت أنقرة إغلاق معبر في بلدة سروج جنوب تركيا.\nوتقع بلدة سروج قبالة مدينة عين العرب السورية.")
    found = [m.attrs["place"].country_code for m in doc.of_kind("place") if m.attrs["surface_ar"] == "سروج"]
    assert found == ["TR", "TR"]


def test_dateline_place_lies_in_the_country_named_after_it():
    doc = _doc("دبي، الإمارات العربية المتحدة (وكالات)- أعلنت الشرطة اعتقال خمسة مهربين في حمص.")
    assert _chosen(doc, "دبي").country_code == "AE"
    doc = _doc("دبين، الأردن (وكالات)- أعلنت الشرطة اعتقال خمسة مهربين في حمص.")
    assert "place" not in _mention(doc, "دبين").attrs


def test_foreign_dateline_is_no_scene_and_the_sides_country_is_used():
    text = (
        "دبي، الإمارات العربية المتحدة (وكالات)- أعلنت السلطات الكويتية اعتقال ثلاثة مهربين.\n"
        "وقالت إن المهربين حاولوا الدخول إلى الكويت بجوازات مزورة.\n"
        "وفي سوريا قصفت الطائرات مدينة حمص ومدينة حماة."
    )
    doc = _doc(text)
    place, precision, _ = geocode.fallback_place(doc, text.index("اعتقال"))
    assert place.country_code == "KW" and precision == 3


def test_strait_named_with_a_governorate_takes_its_country():
    text = "قصفت الطائرات معسكرا في باب المندب بمحافظة تعز."
    strait = _chosen(_doc(text), "باب المندب")
    assert strait.feature_class == "marine" and (strait.country_code, strait.admin1) == ("YE", "Ta`izz")
    assert [m.attrs["surface_ar"] for m in _scene_places(text, "قصفت")] == ["باب المندب"]


def test_country_after_min_is_where_the_fire_came_from():
    text = "تعرضت بلدة جنديرس في ريف حلب لقصف من تركيا."
    assert [m.attrs["surface_ar"] for m in _scene_places(text, "لقصف")] == ["جنديرس"]
    text = "قصفت الطائرات مواقع في حمص وأصابت الصواريخ مناطق عدة من سوريا."
    assert [m.attrs["surface_ar"] for m in _scene_places(text, "وأصابت")] == ["سوريا"]


def test_foreign_capital_opening_a_reported_clause_is_no_scene():
    text = "قصفت الطائرات مدينة حلب ومدينة إدلب.\nوقال مسؤول إن أنقرة تعنى بسلامة المدنيين.\nوقال المرصد إن دمشق تتعرض لقصف."
    doc = _doc(text)
    assert doc.country_hint == "SY"
    by_name = {m.attrs["surface_ar"]: m for m in doc.of_kind("place")}
    assert not geocode.plausible_scene(doc, by_name["أنقرة"])
    assert geocode.plausible_scene(doc, by_name["دمشق"])


def test_north_east_nigeria_town_named_in_the_clause_is_the_scene():
    text = "هاجم مسلحون مدرسة في مدينة تشيبوك شمال شرق نيجيريا."
    found = _scene_places(text, "هاجم")
    assert [m.attrs["place"].name for m in found] == ["Chibok"]


def test_a_digest_town_abroad_is_a_scene_when_its_sentence_names_its_country_by_adjective():
    doc = _doc("طالبت تركيا بتفتيش القنصلية في إسطنبول وقال مسؤول في أنقرة إن التحقيق مستمر.\n"
               "وفي خبر آخر أعلن الجيش الليبي اعتقال قيادي متشدد في مدينة درنة فجر اليوم.")
    derna = _mention(doc, "درنة")
    assert doc.country_hint == "TR" and derna.attrs["place"].country_code == "LY"
    assert geocode.plausible_scene(doc, derna)


def test_a_cue_word_with_its_proclitic_is_no_village_spelled_by_ear():
    doc = _doc("قصفت الطائرات مواقع للتنظيم في حلب ومناطق بريف الحسكة.")
    assert "بريف" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_a_town_noun_with_a_country_adjective_after_its_name_lies_in_that_country():
    doc = _doc("نفذ التنظيم تفجيرا في بلدة سروج الحدودية التركية قبل أن تقصف أنقرة مواقعه في العراق.")
    assert _chosen(doc, "سروج").country_code == "TR"


def test_a_direction_before_a_cue_only_word_names_no_town_without_its_unit():
    camp = place_names_of("تركز القصف على مواقع شمال شرق معسكر العمالقة في اليمن.")
    assert "معسكر" not in camp
    assert "معسكر" in place_names_of("هاجم مسلحون ثكنة جنوب معسكر غرب الجزائر.")


def test_wide_areas_are_no_village():
    assert "واسعة" not in place_names_of("يسيطر التنظيم على مناطق واسعة في سوريا والعراق.")


def place_names_of(text: str) -> list[str]:
    """Surface forms of the place mentions of a geocoded one-line text."""
    return [m.attrs["surface_ar"] for m in _doc(text).of_kind("place")]


def test_quarters_after_a_district_across_the_border_lie_in_that_district():
    doc = _doc("سقطت قذائف أطلقها الحوثيون على قرى محافظة ظهران الجنوب وأحياء سارة والنزهة.\n"
               "وردت طائرات التحالف بغارات على مواقع في صعدة وصنعاء وعمران.")
    quarter = _mention(doc, "سارة")
    assert doc.country_hint == "YE" and quarter.attrs["place"].country_code == "SA"
    assert geocode.plausible_scene(doc, quarter)


def test_the_strip_points_back_to_the_territory_of_a_town_named_before() -> None:
    # "على القطاع" after Rafah is the whole Gaza Strip, not the town of the other clause
    doc = _doc("توغلت قوات الاحتلال في مدينة رفح، واستشهد 12 فلسطينيا في غارات إسرائيلية على القطاع.")
    strip = _chosen(doc, "القطاع")
    assert (strip.name, strip.feature_class) == ("Gaza Strip", "admin1")
