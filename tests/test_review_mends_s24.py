"""Session 24's code review of the merged rules: over-broad cues it found, each mended."""

import datetime as dt

from marsad.pipeline import extract_text


def events(text: str, published: dt.date = dt.date(2018, 5, 10)) -> list:
    return extract_text(text, published=published).events


def test_pro_russian_separatists_are_ukraine_s_only_and_only_from_2014() -> None:
    moldova = "قتل ثلاثة جنود مولدوفيين، أمس، في اشتباك مع الانفصاليين الموالين لروسيا في إقليم ترانسنيستريا شرق مولدوفا."
    ukraine = "قتل ثلاثة جنود أوكرانيين، أمس، في قصف شنه الانفصاليون الموالون لروسيا على بلدة في شرق أوكرانيا."
    assert [e.actor1 for e in events(moldova, dt.date(1992, 5, 10))] == ["Unidentified Armed Group (Moldova)"]
    assert [e.actor1 for e in events(ukraine, dt.date(1995, 5, 10))] == ["Unidentified Armed Group (Ukraine)"]
    assert [e.actor1 for e in events(ukraine)] == ["Pro-Russian Separatists (Ukraine)"]


def test_a_tally_told_beside_the_act_with_while_does_not_update_its_toll() -> None:
    text = "قتل 5 أشخاص في غارات جوية على مدينة إدلب أمس، فيما بلغت حصيلة القتلى في مدينة حلب 24 شخصا."
    assert [e.fatalities for e in events(text)] == [5]


def test_a_refused_attribution_names_no_author() -> None:
    lead = "قتل أربعة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في ولاية بورنو شمال شرق نيجيريا أمس.\n"
    refused = lead + "ورفض الجيش نسب الهجوم إلى جماعة بوكو حرام، مرجحا أن يكون من تنفيذ عصابات محلية."
    made = lead + "ونسب الجيش الهجوم إلى جماعة بوكو حرام."
    assert [e.actor1 for e in events(refused)] == ["Unidentified Armed Group (Nigeria)"]
    assert [e.actor1 for e in events(made)][0].startswith("Boko Haram")


def test_recently_in_a_relative_clause_on_the_place_leaves_the_act_its_day() -> None:
    text = ("شن مسلحون، الثلاثاء، هجوما على قرية في ولاية بورنو شمال شرق نيجيريا. "
            "وأحرق المسلحون منازل القرية التي عاد إليها سكانها مؤخرا.")
    burnt = [e for e in events(text) if e.sub_event_type == "Looting/property destruction"]
    assert [(e.event_date, e.time_precision) for e in burnt] == [("2018-05-08", 1)]


def test_a_similar_attack_later_in_the_story_does_not_take_the_lead_s_day() -> None:
    text = ("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في سوق بمدينة الحلة جنوب بغداد.\n\n"
            "وأسفر هجوم مماثل استهدف سوقا في مدينة الكوت عن مقتل 12 شخصا.")
    kut = [e for e in events(text) if e.location == "Kut"]
    assert [(e.event_date, e.time_precision) for e in kut] == [("2018-05-10", 2)]


def test_an_act_in_one_half_of_a_country_does_not_take_a_town_of_the_other() -> None:
    text = ("قتل خمسة جنود في تفجير انتحاري استهدف قاعدة عسكرية قرب مدينة كيسمايو جنوب الصومال، اليوم الخميس.\n\n"
            "وقتل ثلاثة مدنيين في غارة جوية أمريكية في شمال الصومال.")
    strike = [e for e in events(text) if e.sub_event_type == "Air/drone strike"]
    assert [e.location for e in strike] == ["Somalia"]


def test_breaking_up_a_fight_or_the_disengagement_zone_is_no_dispersal_of_protesters() -> None:
    for text in ("قتل راع سوري برصاص مجهولين في منطقة فض الاشتباك بريف القنيطرة.",
                 "قتل مسلحون شابا أثناء محاولته فض شجار بين عائلتين في بلدة الرمثا."):
        assert "Excessive force against protesters" not in [e.sub_event_type for e in events(text)]


def test_a_call_for_restraint_does_not_cancel_the_rockets_fired() -> None:
    text = "دعت الأمم المتحدة إلى ضبط النفس بعد أن أطلقت حركة حماس صواريخ على مستوطنة سديروت."
    assert [e.sub_event_type for e in events(text)] == ["Shelling/artillery/missile attack"]


def test_a_risen_toll_opened_by_while_with_no_scope_of_its_own_still_updates() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على بلدة سراقب، فيما ارتفعت حصيلة القتلى لاحقا إلى ثمانية."
    assert [e.fatalities for e in events(text)] == [8]


def test_a_deadlier_foe_less_clash_is_not_folded_into_the_side_s_killing_of_civilians() -> None:
    text = ("اشتبكت قوات الجيش السوري في محافظة درعا اليوم وقتل ثلاثة من عناصرها، "
            "فيما أعدمت قوات الجيش مدنيين اثنين في بلدة طفس.")
    assert sorted(e.sub_event_type for e in events(text)) == ["Armed clash", "Attack"]


def test_a_raid_and_a_separate_incident_s_fight_stay_two_acts() -> None:
    text = "داهمت القوات الأمنية عدة منازل في حي الزهراء بالموصل، وفي حادث منفصل قتل شرطي في اشتباك مع مسلحين في الحي."
    assert sorted(e.sub_event_type for e in events(text)) == ["Armed clash", "Arrests"]


def test_a_refusal_three_words_back_does_not_cancel_an_attribution() -> None:
    text = "قتل أربعة جنود في انفجار في مقديشو. ورفض المتحدث التفاصيل ونسب الهجوم إلى حركة الشباب."
    assert [e.actor1 for e in events(text)] == ["Al Shabaab"]


def test_a_mine_that_went_off_in_a_grain_store_is_a_blast() -> None:
    text = "أصيب عاملان في مخزن للحبوب بانفجار لغم أرضي في ريف حماة."
    assert [e.sub_event_type for e in events(text)] == ["Remote explosive/landmine/IED"]
