/* test_safety.c - the safety screen's content file (core/safety.h). */
#include "check.h"
#include "quotes.h"

#include "core/safety.h"

static prb_List problems;

static int parse(saf_Info *s, const char *single_quoted)
{
    const char *t = J(single_quoted);
    prb_clear(&problems);
    return saf_parse(s, "safety.json", t, strlen(t), &problems);
}

static int reported(const char *line)
{
    for (int i = 0; i < problems.count; i++)
        if (strcmp(problems.line[i], line) == 0)
            return 1;
    for (int i = 0; i < problems.count; i++)
        printf("    got: %s\n", problems.line[i]);
    return 0;
}

static void a_complete_file_gives_every_list_and_the_notice(void)
{
    saf_Info s = {0};
    CHECK_INT(parse(&s, "{'kind':'safety','never':[{'id':'strips','title':'Pore strips','text':'They pull filaments.','sources':['spa'],'facts':['s-strips']}],"
                        "'professional':[{'id':'infection','title':'Infection','text':'See a dermatologist.','sources':['health','spa'],'facts':['h-pro']}],"
                        "'why':[{'id':'filaments','title':'Filaments','text':'They protect.','sources':['blog'],'facts':['b-filaments']}],'notice':'Not medical advice.',"
                        "'done':{'text':'Adjust.','facts':['b-own-skin']}}"),
              0);
    CHECK(s.loaded);
    CHECK_INT(s.nnever, 1);
    CHECK_STR(s.never[0].title, "Pore strips");
    CHECK_INT(s.never[0].sources.n, 1);
    CHECK_STR(s.never[0].sources.id[0], "spa");
    CHECK_STR(s.never[0].facts.id[0], "s-strips");
    CHECK_INT(s.npro, 1);
    CHECK_INT(s.pro[0].sources.n, 2);
    CHECK_STR(s.pro[0].sources.id[1], "spa");
    CHECK_STR(s.done, "Adjust.");
    CHECK_STR(s.done_facts.id[0], "b-own-skin");
    CHECK_INT(s.nwhy, 1);
    CHECK_STR(s.notice, "Not medical advice.");
    saf_free(&s);
    CHECK(!s.loaded && s.nnever == 0);
}

static void why_cards_are_optional_but_the_never_list_is_not(void)
{
    saf_Info s = {0};
    CHECK_INT(parse(&s, "{'kind':'safety','never':[{'id':'a','title':'A','text':'B','sources':['spa'],'facts':['f']}],"
                        "'professional':[{'id':'c','title':'C','text':'D','sources':['spa'],'facts':['f']}],"
                        "'notice':'N','done':{'text':'D','facts':['f']}}"),
              0);
    CHECK_INT(s.nwhy, 0);
    CHECK(parse(&s, "{'kind':'safety','never':[],'professional':[{'id':'c','title':'C','text':'D'}],'notice':'N'}") > 0);
    CHECK(reported("safety.json: /never: must have 1 to 12 items"));
    CHECK(!s.loaded);
    saf_free(&s);
}

static void problems_in_items_are_reported_at_their_pointers_and_nothing_is_kept(void)
{
    saf_Info s = {0};
    CHECK(parse(&s, "{'kind':'safety','never':[{'id':'a','title':'A','text':'B','colour':'red'},{'id':'b','title':'','text':'x'}],"
                    "'professional':[{'id':'c','title':'C','text':'D'},{'id':'c','title':'E','text':'F'},{'title':'G','text':'H'}]}") >= 5);
    CHECK(reported("safety.json: /never/0/colour: unknown key \"colour\""));
    CHECK(reported("safety.json: /never/1/title: must be 1 to 60 characters"));
    CHECK(reported("safety.json: /: missing \"notice\""));
    CHECK(reported("safety.json: /professional/1/id: duplicate id \"c\" (also item 0)"));
    CHECK(reported("safety.json: /professional/2: missing \"id\""));
    CHECK(!s.loaded && s.nnever == 0 && s.notice == NULL);
    saf_free(&s);
}

static void a_file_of_another_kind_is_refused(void)
{
    saf_Info s = {0};
    CHECK(parse(&s, "{'kind':'routine','never':[{'title':'A','text':'B'}],'professional':[{'title':'C','text':'D'}],"
                    "'notice':'N'}") > 0);
    CHECK(reported("safety.json: /kind: must be \"safety\""));
    saf_free(&s);
}

int main(void)
{
    RUN(a_complete_file_gives_every_list_and_the_notice);
    RUN(why_cards_are_optional_but_the_never_list_is_not);
    RUN(problems_in_items_are_reported_at_their_pointers_and_nothing_is_kept);
    RUN(a_file_of_another_kind_is_refused);
    return check_summary();
}
