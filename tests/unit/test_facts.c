/* test_facts.c - levels/facts.json (facts.c), the ids routines and safety
 * items name, and the coverage check over them (level_facts.c). The JSON
 * is written inline with single quotes; J() turns them into double quotes.
 * Problem lines are checked exactly, pointer included. */
#include "check.h"
#include "quotes.h"

#include "core/level.h"

static prb_List p;

#define SOURCES "'sources': [{'id': 'blog', 'kind': 'personal blog post', 'name': 'A blog post', "   \
                "'publisher': 'its author', 'stance': 'squeeze'}, {'id': 'spa', 'kind': 'spa article', " \
                "'name': 'A spa article', 'publisher': 'a spa', 'stance': 'do not squeeze'}]"
#define FACTS "{'kind': 'facts', " SOURCES ", 'facts': ["                                             \
              "{'id': 'b-ice', 'source': 'blog', 'fact': 'Ice calms.', 'trainer': 'follows'}, "       \
              "{'id': 'b-squeeze', 'source': 'blog', 'fact': 'Squeeze.', 'trainer': 'cautions-against', " \
              "'why': 'Two sources say no.'}, "                                                       \
              "{'id': 's-ad', 'source': 'spa', 'fact': 'Buy our facial.', 'trainer': 'leaves-out', "    \
              "'why': 'Promotional.'}, "                                                              \
              "{'id': 's-strips', 'source': 'spa', 'fact': 'Strips are bad.', 'trainer': 'follows'}]}"
#define ROUTINE(sources, step_facts)                                                               \
    "{'kind': 'routine', 'id': 'nose-a', 'zone': 'nose', 'title': 'A', 'every_days': 30, "         \
    "'every_days_source': 'suggestion', 'sources': " sources ", 'facts': [], 'steps': ["          \
    "{'id': 'squeeze', 'title': 'S', 'text': 'T', 'animation': 'x', 'facts': " step_facts "}]}"
#define SAFETY(never_sources)                                                                      \
    "{'kind': 'safety', 'never': [{'id': 'strips', 'title': 'Strips', 'text': 'No.', "            \
    "'sources': " never_sources ", 'facts': ['s-strips']}], "                                      \
    "'professional': [{'id': 'pro', 'title': 'Pro', 'text': 'Go.', 'sources': ['spa'], 'facts': ['s-strips']}], " \
    "'notice': 'N', 'done': {'text': 'Adjust to your skin.', 'facts': ['b-ice']}}"

static int reported(const char *line)
{
    for (int i = 0; i < p.count; i++)
        if (strcmp(p.line[i], line) == 0)
            return 1;
    for (int i = 0; i < p.count; i++)
        printf("    got: %s\n", p.line[i]);
    return 0;
}

/* Content from the facts, one routine and the safety file; returns the
 * problems lvl_check_facts adds. */
static int load(lvl_Content *c, const char *routine, const char *safety)
{
    const char *t;
    memset(c, 0, sizeof *c);
    prb_clear(&p);
    t = J(FACTS);
    CHECK_INT(fct_parse(&c->facts, "facts.json", t, strlen(t), &p), 0);
    t = J(safety);
    CHECK_INT(saf_parse(&c->safety, "safety.json", t, strlen(t), &p), 0);
    t = J(routine);
    CHECK_INT(lvl_parse_routine(c, "nose.json", t, strlen(t), NULL, NULL, &p), 0);
    return lvl_check_facts(c, "facts.json", "safety.json", &p);
}

static void the_facts_file_gives_its_sources_and_facts(void)
{
    fct_Info f = {0};
    const char *t = J(FACTS);
    prb_clear(&p);
    CHECK_INT(fct_parse(&f, "facts.json", t, strlen(t), &p), 0);
    CHECK(f.loaded);
    CHECK_INT(f.nsources, 2);
    CHECK_STR(f.sources[1].name, "A spa article");
    CHECK_INT(f.nfacts, 4);
    CHECK_INT(f.facts[1].trainer, FCT_CAUTIONS_AGAINST);
    CHECK_INT(f.facts[2].source, 1);
    CHECK_STR(f.facts[2].why, "Promotional.");
    CHECK(f.facts[0].why == NULL);
    CHECK_INT(fct_fact_index(&f, "s-strips"), 3);
    CHECK_INT(fct_source_index(&f, "forum"), -1);
    fct_free(&f);
    CHECK(!f.loaded && f.nfacts == 0);
}

static void a_fact_needs_a_known_source_and_why_only_when_not_followed(void)
{
    fct_Info f = {0};
    const char *t = J("{'kind': 'facts', " SOURCES ", 'facts': ["
                      "{'id': 'a', 'source': 'forum', 'fact': 'F', 'trainer': 'follows'}, "
                      "{'id': 'b', 'source': 'blog', 'fact': 'F', 'trainer': 'leaves-out'}, "
                      "{'id': 'c', 'source': 'blog', 'fact': 'F', 'trainer': 'follows', 'why': 'W'}, "
                      "{'id': 'c', 'source': 'spa', 'fact': 'F', 'trainer': 'follows'}]}");
    prb_clear(&p);
    CHECK_INT(fct_parse(&f, "facts.json", t, strlen(t), &p), 4);
    CHECK(reported("facts.json: /facts/0/source: unknown source \"forum\" (not in /sources)"));
    CHECK(reported("facts.json: /facts/1: missing \"why\""));
    CHECK(reported("facts.json: /facts/2/why: only a fact the trainer cautions against or leaves out says why"));
    CHECK(reported("facts.json: /facts/3/id: duplicate fact id \"c\""));
    CHECK(!f.loaded);
    fct_free(&f);
}

static void a_routine_says_where_its_frequency_comes_from(void)
{
    lvl_Content c = {0};
    const char *t = J("{'kind': 'routine', 'id': 'a', 'zone': 'nose', 'title': 'A', 'every_days': 30, "
                      "'every_days_source': 'suggestion', 'steps': [{'id': 's', 'title': 'S', 'text': 'T', "
                      "'animation': 'x'}]}");
    prb_clear(&p);
    CHECK_INT(lvl_parse_routine(&c, "nose.json", t, strlen(t), NULL, NULL, &p), 0);
    CHECK_INT(c.routines[0].every_days_is_suggestion, 1);
    t = J("{'kind': 'routine', 'id': 'b', 'zone': 'nose', 'title': 'B', 'every_days': 30, "
          "'sources': ['blog', 'blog'], 'steps': [{'id': 's', 'title': 'S', 'text': 'T', 'animation': 'x'}]}");
    CHECK_INT(lvl_parse_routine(&c, "b.json", t, strlen(t), NULL, NULL, &p), 2);
    CHECK(reported("b.json: /: missing \"every_days_source\""));
    CHECK(reported("b.json: /sources/1: \"blog\" is named twice"));
    CHECK(c.routines[1].broken);
    lvl_free(&c);
}

static void clean_content_carries_every_fact_not_left_out(void)
{
    lvl_Content c;
    CHECK_INT(load(&c, ROUTINE("['blog', 'spa']", "['b-squeeze']"), SAFETY("['spa']")), 0);
    CHECK_INT(p.count, 0);
    int use[FCT_MAX_FACTS];
    lvl_fact_use(&c, use);
    CHECK_INT(use[0], 1); /* the done advice */
    CHECK_INT(use[1], 1); /* the step */
    CHECK_INT(use[2], 0); /* left out */
    CHECK_INT(use[3], 2); /* two safety items */
    char names[200];
    fct_source_names(&c.facts, &c.routines[0].sources, names, sizeof names);
    CHECK_STR(names, "A blog post; A spa article");
    lvl_free(&c);
}

static void an_unknown_id_breaks_the_routine_and_is_named(void)
{
    lvl_Content c;
    CHECK_INT(load(&c, ROUTINE("['blog', 'forum']", "['b-squeeze', 'b-steam']"), SAFETY("['spa', 'tv']")), 3);
    CHECK(reported("nose.json: /sources/1: unknown source \"forum\" (not in facts.json)"));
    CHECK(reported("nose.json: /steps/0/facts/1: unknown fact \"b-steam\" (not in facts.json)"));
    CHECK(reported("safety.json: /never/0/sources/1: unknown source \"tv\" (not in facts.json)"));
    CHECK(c.routines[0].broken);
    lvl_free(&c);
}

static void a_fact_carried_by_nothing_or_left_out_but_carried_is_reported(void)
{
    lvl_Content c;
    CHECK_INT(load(&c, ROUTINE("['blog']", "['s-ad']"), SAFETY("['spa']")), 2);
    CHECK(reported("facts.json: /facts/1: fact \"b-squeeze\" is carried by no step or card: name it in the "
                   "\"facts\" of the step or safety item that says it, or mark it \"leaves-out\" and say why"));
    CHECK(reported("facts.json: /facts/2: fact \"s-ad\" is marked \"leaves-out\", but 1 step or card carries it"));
    lvl_free(&c);
}

static void the_done_advice_is_content(void)
{
    saf_Info s = {0};
    const char *t = J(SAFETY("['spa']"));
    prb_clear(&p);
    CHECK_INT(saf_parse(&s, "safety.json", t, strlen(t), &p), 0);
    CHECK_STR(s.done, "Adjust to your skin.");
    CHECK_INT(s.done_facts.n, 1);
    CHECK_STR(s.never[0].sources.id[0], "spa");
    saf_free(&s);
    t = J("{'kind': 'safety', 'never': [{'id': 'a', 'title': 'A', 'text': 'B', 'sources': ['spa'], 'facts': ['x']}], "
          "'professional': [{'id': 'c', 'title': 'C', 'text': 'D', 'sources': [], 'facts': ['x']}], 'notice': 'N'}");
    CHECK_INT(saf_parse(&s, "safety.json", t, strlen(t), &p), 2);
    CHECK(reported("safety.json: /professional/0/sources: must have 1 to 12 items"));
    CHECK(reported("safety.json: /: missing \"done\""));
    CHECK(!s.loaded);
    saf_free(&s);
}

int main(void)
{
    RUN(the_facts_file_gives_its_sources_and_facts);
    RUN(a_fact_needs_a_known_source_and_why_only_when_not_followed);
    RUN(a_routine_says_where_its_frequency_comes_from);
    RUN(clean_content_carries_every_fact_not_left_out);
    RUN(an_unknown_id_breaks_the_routine_and_is_named);
    RUN(a_fact_carried_by_nothing_or_left_out_but_carried_is_reported);
    RUN(the_done_advice_is_content);
    return check_summary();
}
