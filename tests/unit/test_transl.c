/* test_transl.c - a translation laid over the English content
 * (core/transl.h): the English is parsed from text as the loader would,
 * then each overlay is applied and what changed, what stayed English and
 * what was reported are checked. */
#include "check.h"
#include "problem_lines.h"
#include "quotes.h"

#include "core/transl.h"

static lvl_Content content;
static trn_Seen seen;

static int ok_anim(void *ctx, const char *id)
{
    (void)ctx;
    (void)id;
    return 1;
}

/* The English: two zones, a routine of two steps (one with a caution), a
 * safety file; and a German folder begun. */
static void english(void)
{
    const char *t;
    lvl_free(&content);
    prb_clear(&problems);
    t = J("{'kind':'zones','art':'face.svg','size':[100,100],'zones':["
          "{'id':'nose','name':'Nose','label':[50,50],'polygon':[[40,40],[60,40],[60,60],[40,60]]},"
          "{'id':'chin','name':'Chin','label':[50,90],'polygon':[[40,80],[60,80],[60,95],[40,95]]}]}");
    lvl_parse_zones(&content, "levels/zones.json", t, strlen(t), &problems);
    t = J("{'kind':'routine','id':'nose-clean-out','zone':'nose','title':'Nose pore clean-out','summary':null,"
          "'every_days':30, 'every_days_source': 'sources','steps':["
          "{'id':'push','title':'Push out the sebum','text':'Press gently.','caution':'Two sources advise against it.',"
          "'animation':'squeeze'},"
          "{'id':'rinse','title':'Rinse','text':'Rinse with cold water.','seconds':30,'seconds_source':'sources',"
          "'animation':'rinse-cold','advance':'timer'}]}");
    lvl_parse_routine(&content, "levels/nose.json", t, strlen(t), ok_anim, NULL, &problems);
    t = J("{'kind':'safety','never':[{'id':'strips','title':'Pore strips','text':'They pull filaments.',"
          "'sources':['spa'],'facts':['s-strips']}],'professional':[{'id':'pain','title':'Pain','text':'See a dermatologist.',"
          "'sources':['health'],'facts':['h-pro']}],'notice':'Not medical advice.','done':{'text':'Adjust.','facts':['b-own']}}");
    saf_parse(&content.safety, "levels/safety.json", t, strlen(t), &problems);
    lvl_validate(&content, &problems);
    CHECK_INT(prb_total(&problems), 0);
    trn_begin(&seen, "levels/de", "de");
}

static int apply(const char *name, const char *single_quoted)
{
    char file[64];
    const char *t = J(single_quoted);
    snprintf(file, sizeof file, "levels/de/%s", name);
    prb_clear(&problems);
    return trn_apply(&content, &seen, file, name, t, strlen(t), &problems);
}

static const char *NOSE_DE = "{'kind':'routine-translation','lang':'de','routine':'nose-clean-out',"
                             "'title':'Nasenporen ausreinigen','steps':{"
                             "'push':{'title':'Talg herausdrücken','text':'Sanft drücken.','caution':'Zwei Quellen raten ab.'},"
                             "'rinse':{'title':'Abspülen','text':'Kalt abspülen.'}}}";

static void a_complete_translation_changes_the_text_and_nothing_else(void)
{
    english();
    CHECK_INT(apply("nose.json", NOSE_DE), 0);
    CHECK_INT(apply("zones.json", "{'kind':'zones-translation','lang':'de','zones':{'nose':{'name':'Nase'},"
                                  "'chin':{'name':'Kinn'}}}"),
              0);
    CHECK_INT(apply("safety.json", "{'kind':'safety-translation','lang':'de',"
                                   "'never':{'strips':{'title':'Porenstreifen','text':'Sie ziehen Talgfäden.'}},"
                                   "'professional':{'pain':{'title':'Schmerz','text':'Geh zur Hautärztin.'}},"
                                   "'notice':'Keine medizinische Beratung.','done':'Pass es an.'}"),
              0);
    lvl_Routine *r = &content.routines[0];
    CHECK_STR(r->title, "Nasenporen ausreinigen");
    CHECK(r->summary == NULL);
    CHECK_STR(r->steps[0].title, "Talg herausdrücken");
    CHECK_STR(r->steps[0].caution, "Zwei Quellen raten ab.");
    CHECK_STR(r->steps[1].text, "Kalt abspülen.");
    CHECK(r->steps[1].caution == NULL);
    CHECK_INT(r->nsteps, 2); /* the structure is the English file's */
    CHECK_STR(r->steps[1].id, "rinse");
    CHECK_INT(r->steps[1].seconds, 30);
    CHECK_INT(r->steps[1].advance, LVL_ADV_TIMER);
    CHECK_STR(r->steps[1].anim, "rinse-cold");
    CHECK(!r->broken);
    CHECK_STR(content.zones[0].name, "Nase");
    CHECK_STR(content.zones[1].name, "Kinn");
    CHECK_STR(content.safety.never[0].title, "Porenstreifen");
    CHECK_STR(content.safety.never[0].sources.id[0], "spa"); /* ids stay: the names are facts.json's */
    CHECK_STR(content.safety.done, "Pass es an.");
    CHECK_STR(content.safety.notice, "Keine medizinische Beratung.");
    prb_clear(&problems);
    CHECK_INT(trn_finish(&content, &seen, &problems), 0);
}

static void what_a_translation_lacks_stays_english_and_is_reported(void)
{
    english();
    CHECK_INT(apply("nose.json", "{'kind':'routine-translation','lang':'de','routine':'nose-clean-out',"
                                 "'title':'Nasenporen ausreinigen','steps':{'push':{'title':'Talg herausdrücken',"
                                 "'text':'Sanft drücken.'}}}"),
              2);
    CHECK(reported("levels/de/nose.json: /steps/push/caution: missing (the English has one)"));
    CHECK(reported("levels/de/nose.json: /steps/rinse: missing (the English has this step)"));
    lvl_Routine *r = &content.routines[0];
    CHECK_STR(r->steps[0].title, "Talg herausdrücken");
    CHECK_STR(r->steps[0].caution, "Two sources advise against it."); /* never lost */
    CHECK_STR(r->steps[1].title, "Rinse");
    CHECK(!r->broken);
    prb_clear(&problems);
    CHECK_INT(trn_finish(&content, &seen, &problems), 2);
    CHECK(reported("levels/de/zones.json: /: missing: the zones' names are not translated"));
    CHECK(reported("levels/de/safety.json: /: missing: the safety screen is not translated"));
}

static void a_routine_with_no_translation_file_is_named_with_the_file_it_should_be(void)
{
    english();
    prb_clear(&problems);
    CHECK_INT(trn_finish(&content, &seen, &problems), 3);
    CHECK(reported("levels/de/nose.json: /: missing: routine \"nose-clean-out\" (levels/nose.json) has no "
                   "translation in levels/de"));
    CHECK_STR(content.routines[0].title, "Nose pore clean-out");
}

static void ids_the_english_does_not_have_are_reported_and_change_nothing(void)
{
    english();
    CHECK(apply("nose.json", "{'kind':'routine-translation','lang':'de','routine':'nose-clean-out','title':'T',"
                             "'summary':'Einmal im Monat.','steps':{'push':{'title':'A','text':'B','caution':'C'},"
                             "'rinse':{'title':'D','text':'E','caution':'F'},'steam':{'title':'G','text':'H'},"
                             "'push':{'title':'I','text':'J','caution':'K'}}}") == 4);
    CHECK(reported("levels/de/nose.json: /summary: the English has no summary: leave it out"));
    CHECK(reported("levels/de/nose.json: /steps/rinse/caution: the English has no caution: leave it out"));
    CHECK(reported("levels/de/nose.json: /steps/steam: unknown step \"steam\": the English has no step with this id"));
    CHECK(reported("levels/de/nose.json: /steps/push: given twice"));
    CHECK(content.routines[0].summary == NULL);
    CHECK(content.routines[0].steps[1].caution == NULL);
    CHECK_INT(apply("other.json", "{'kind':'routine-translation','lang':'de','routine':'neck-steam','title':'T',"
                                  "'steps':{}}"),
              1);
    CHECK(reported("levels/de/other.json: /routine: unknown routine \"neck-steam\": no English routine file has "
                   "this id"));
    CHECK_INT(apply("zones.json", "{'kind':'zones-translation','lang':'de','zones':{'nose':{'name':'Nase'},"
                                  "'chin':{'name':'Kinn'},'neck':{'name':'Hals'}}}"),
              1);
    CHECK(reported("levels/de/zones.json: /zones/neck: unknown zone \"neck\": the English has no zone with this id"));
}

static void empty_wrong_or_broken_text_keeps_the_english(void)
{
    english();
    CHECK(apply("nose.json", "{'kind':'routine-translation','lang':'fr','routine':'nose-clean-out','title':' ',"
                             "'steps':{'push':{'title':'Talg herausdrücken, aber mit einem Titel, der viel zu lang ist für "
                             "den Bildschirm','text':7,'caution':'C'},'rinse':{'title':'D','text':'E'}}}") == 4);
    CHECK(reported("levels/de/nose.json: /lang: \"fr\", but the file is in levels/de (\"de\")"));
    CHECK(reported("levels/de/nose.json: /title: is empty: give the translation (the English has one)"));
    CHECK(reported("levels/de/nose.json: /steps/push/title: must be at most 60 characters"));
    CHECK(reported("levels/de/nose.json: /steps/push/text: must be a string"));
    CHECK_STR(content.routines[0].title, "Nose pore clean-out");
    CHECK_STR(content.routines[0].steps[0].title, "Push out the sebum");
    CHECK_STR(content.routines[0].steps[0].text, "Press gently.");
    CHECK_STR(content.routines[0].steps[1].title, "D");
    CHECK(apply("safety.json", "{'kind':'safety-translation','lang':'de','never':[],'professional':{}") == 1);
    CHECK_STR(content.safety.notice, "Not medical advice.");
    CHECK(apply("zones.json", "{'kind':'routine-translation','lang':'de','zones':{}}") == 1);
    CHECK(reported("levels/de/zones.json: /kind: must be \"zones-translation\""));
    CHECK_STR(content.zones[0].name, "Nose");
}

static void a_broken_english_routine_is_left_alone(void)
{
    english();
    const char *t = J("{'kind':'routine','id':'chin-x','zone':'chin','title':'Chin','every_days':0, 'every_days_source': 'sources','steps':[]}");
    lvl_parse_routine(&content, "levels/chin.json", t, strlen(t), ok_anim, NULL, &problems);
    CHECK(content.routines[1].broken);
    CHECK_INT(apply("chin.json", "{'kind':'routine-translation','lang':'de','routine':'chin-x','title':'Kinn',"
                                 "'steps':{}}"),
              0);
    CHECK_STR(content.routines[1].title, "Chin");
    CHECK_INT(apply("nose.json", NOSE_DE), 0);
    CHECK_INT(apply("nose-2.json", NOSE_DE), 1);
    CHECK(reported("levels/de/nose-2.json: /routine: \"nose-clean-out\" is translated by another file of levels/de "
                   "too"));
}

static void language_codes_are_what_a_folder_may_be_named(void)
{
    CHECK(trn_lang_ok("de"));
    CHECK(trn_lang_ok("de_DE"));
    CHECK(trn_lang_ok("pt-BR"));
    CHECK(trn_lang_ok("gsw"));
    CHECK(!trn_lang_ok(""));
    CHECK(!trn_lang_ok("d"));
    CHECK(!trn_lang_ok("DE"));
    CHECK(!trn_lang_ok(".."));
    CHECK(!trn_lang_ok("de/../x"));
    CHECK(!trn_lang_ok("de_"));
    CHECK(!trn_lang_ok("de_DE.UTF-8"));
}

/* facts.json's translation gives the sources' names the screens show;
 * without one, trn_finish says so. */
static void the_sources_names_are_translated_by_a_facts_overlay(void)
{
    english();
    const char *t = J("{'kind':'facts','sources':[{'id':'spa','kind':'spa article','name':'A spa article',"
                      "'publisher':'a spa','stance':'no'}],'facts':[{'id':'s-strips','source':'spa','fact':'No strips.',"
                      "'trainer':'follows'}]}");
    CHECK_INT(fct_parse(&content.facts, "levels/facts.json", t, strlen(t), &problems), 0);
    prb_clear(&problems);
    CHECK(trn_finish(&content, &seen, &problems) > 0);
    CHECK_STR(problems.line[problems.count - 1], "levels/de/facts.json: /: missing: the sources' names are not translated");
    CHECK_INT(apply("facts.json", "{'kind':'facts-translation','lang':'de','sources':{'spa':{'name':'Ein Spa-Artikel'},"
                                  "'tv':{'name':'Fernsehen'}}}"),
              1);
    CHECK_STR(problems.line[0], "levels/de/facts.json: /sources/tv: unknown source \"tv\": the English has no source with this id");
    CHECK_STR(content.facts.sources[0].name, "Ein Spa-Artikel");
    CHECK_STR(content.facts.sources[0].kind, "spa article");
    fct_free(&content.facts);
}

int main(void)
{
    RUN(the_sources_names_are_translated_by_a_facts_overlay);
    RUN(a_complete_translation_changes_the_text_and_nothing_else);
    RUN(what_a_translation_lacks_stays_english_and_is_reported);
    RUN(a_routine_with_no_translation_file_is_named_with_the_file_it_should_be);
    RUN(ids_the_english_does_not_have_are_reported_and_change_nothing);
    RUN(empty_wrong_or_broken_text_keeps_the_english);
    RUN(a_broken_english_routine_is_left_alone);
    RUN(language_codes_are_what_a_folder_may_be_named);
    lvl_free(&content);
    return check_summary();
}
