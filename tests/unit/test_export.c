/* test_export.c - the history and the kiosk's counts as CSV and JSON
 * (export.c): the exact CSV of RFC 4180 (header, CRLF, quoting of commas,
 * quotes and line breaks), no field that a spreadsheet would take as a
 * formula, RFC 3339 times, rows oldest first, several profiles, JSON that
 * cJSON reads back field for field, 10,000 entries, the format chosen by
 * the file's extension, and the kiosk's daily counts. */
#include "check.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "core/export.h"
#include "core/timefmt.h"

static prog_Data d;

static void add(const char *routine, const char *zone, const char *when, int done, int skipped, int total)
{
    prog_Entry e = {0};
    snprintf(e.routine, sizeof e.routine, "%s", routine);
    snprintf(e.zone, sizeof e.zone, "%s", zone);
    tf_parse_rfc3339(when, &e.completed_at);
    e.steps_done = done;
    e.steps_skipped = skipped;
    e.steps_total = total;
    CHECK_INT(prog_add(&d, &e), 0);
}

static void fresh(void)
{
    prog_free(&d);
    prog_init(&d);
}

static char *csv_of(const char *profile)
{
    exp_Source s = {profile, &d};
    size_t len = 0;
    char *t = exp_history(&s, 1, EXP_CSV, &len);
    CHECK(t != NULL);
    CHECK_INT(len, t ? strlen(t) : 0);
    return t;
}

static int count(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p += strlen(what))
        n++;
    return n;
}

static void an_empty_history_is_the_header_row_alone(void)
{
    fresh();
    char *t = csv_of("default");
    CHECK_STR(t, "profile,routine,zone,completed_at,steps_done,steps_skipped,steps_total\r\n");
    free(t);
}

static void a_row_holds_every_column_with_an_rfc3339_utc_time(void)
{
    fresh();
    add("nose-clean-out", "nose", "2026-11-30T09:15:00+01:00", 8, 1, 9);
    char *t = csv_of("default");
    CHECK(strstr(t, "\r\ndefault,nose-clean-out,nose,2026-11-30T08:15:00Z,8,1,9\r\n") != NULL);
    CHECK_INT(count(t, "\r\n"), 2);
    CHECK_INT(count(t, "\n"), 2); /* no bare LF anywhere */
    free(t);
}

static void rows_come_oldest_first_whatever_the_order_in_the_file(void)
{
    fresh();
    add("b", "nose", "2026-03-02T00:00:00Z", 1, 0, 1);
    add("a", "nose", "2025-01-01T00:00:00Z", 1, 0, 1);
    add("c", "nose", "2026-03-02T00:00:00Z", 1, 0, 1); /* same time: as in the file */
    char *t = csv_of("default");
    const char *a = strstr(t, ",a,"), *b = strstr(t, ",b,"), *c = strstr(t, ",c,");
    CHECK(a && b && c && a < b && b < c);
    free(t);
}

static void a_profile_with_a_comma_a_quote_or_a_line_break_is_quoted(void)
{
    fresh();
    add("x", "nose", "2026-01-01T00:00:00Z", 1, 0, 1);
    char *t = csv_of("Ann, \"Jr\"\nline 2");
    CHECK(strstr(t, "\r\n\"Ann, \"\"Jr\"\"\nline 2\",x,nose,") != NULL);
    free(t);
    t = csv_of("plain name");
    CHECK(strstr(t, "\r\nplain name,x,nose,") != NULL);
    free(t);
}

static void a_field_that_would_be_a_formula_is_written_as_text(void)
{
    fresh();
    add("-x", "nose", "2026-01-01T00:00:00Z", 1, 0, 1);
    const char *bad[] = {"=1+1", "+1", "@SUM(A1)", "-2", "\tx"};
    const char *want[] = {"'=1+1,'-x,", "'+1,'-x,", "'@SUM(A1),'-x,", "'-2,'-x,", "'\tx,'-x,"};
    for (int i = 0; i < 5; i++) {
        char *t = csv_of(bad[i]);
        CHECK(strstr(t, want[i]) != NULL);
        free(t);
    }
    char *t = csv_of("=HYPERLINK(\"x\",\"y\")"); /* quoted and prefixed */
    CHECK(strstr(t, "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",'-x,") != NULL);
    free(t);
}

static void json_reads_back_field_for_field(void)
{
    fresh();
    add("nose-clean-out", "nose", "2026-11-30T08:15:00Z", 8, 1, 9);
    add("-x", "chin", "1970-01-01T00:00:00Z", 0, 3, 3);
    const char *name = "Zo\xC3\xAB \"Q\" \\ \n\t\x01";
    exp_Source s = {name, &d};
    size_t len;
    char *t = exp_history(&s, 1, EXP_JSON, &len);
    cJSON *j = cJSON_ParseWithLength(t, len);
    CHECK(j != NULL);
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(j, "kind")), "facemap-history");
    const cJSON *es = cJSON_GetObjectItem(j, "entries");
    CHECK_INT(cJSON_GetArraySize(es), 2);
    const cJSON *e0 = cJSON_GetArrayItem(es, 0), *e1 = cJSON_GetArrayItem(es, 1);
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(e0, "profile")), name);
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(e0, "routine")), "-x"); /* JSON is not a spreadsheet */
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(e0, "completed_at")), "1970-01-01T00:00:00Z");
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(e1, "zone")), "nose");
    CHECK_INT(cJSON_GetObjectItem(e1, "steps_done")->valueint, 8);
    CHECK_INT(cJSON_GetObjectItem(e1, "steps_skipped")->valueint, 1);
    CHECK_INT(cJSON_GetObjectItem(e1, "steps_total")->valueint, 9);
    cJSON_Delete(j);
    free(t);
    fresh();
    t = exp_history(&s, 1, EXP_JSON, &len);
    j = cJSON_Parse(t);
    CHECK(j && cJSON_GetArraySize(cJSON_GetObjectItem(j, "entries")) == 0);
    cJSON_Delete(j);
    free(t);
}

static void several_profiles_each_give_their_rows_in_turn(void)
{
    fresh();
    add("a", "nose", "2026-01-01T00:00:00Z", 1, 0, 1);
    prog_Data other;
    prog_init(&other);
    prog_Entry e = {"b", "chin", 0, 2, 2, 0, 0};
    prog_add(&other, &e);
    exp_Source s[3] = {{"Ann", &d}, {"Bo", &other}, {NULL, NULL}};
    char *t = exp_history(s, 3, EXP_CSV, NULL);
    CHECK(strstr(t, "\r\nAnn,a,nose,2026-01-01T00:00:00Z,1,0,1\r\nBo,b,chin,1970-01-01T00:00:00Z,2,0,2\r\n") != NULL);
    CHECK_INT(count(t, "\r\n"), 3);
    free(t);
    prog_free(&other);
}

static void ten_thousand_entries_make_ten_thousand_rows(void)
{
    fresh();
    prog_Entry e = {"nose-clean-out", "nose", 0, 9, 9, 0, 0};
    for (int i = 0; i < 10000; i++) {
        e.completed_at = 1700000000LL + 86400LL * (10000 - i); /* newest first in the file */
        CHECK_INT(prog_add(&d, &e), 0);
    }
    char *t = csv_of("default");
    CHECK_INT(count(t, "\r\n"), 10001);
    char first[32], last[32];
    tf_format_utc(1700000000LL + 86400LL, first);
    tf_format_utc(1700000000LL + 86400LL * 10000, last);
    CHECK(strstr(t, first) < strstr(t, last));
    free(t);
    exp_Source s = {"default", &d};
    size_t len;
    t = exp_history(&s, 1, EXP_JSON, &len);
    cJSON *j = cJSON_ParseWithLength(t, len);
    CHECK(j && cJSON_GetArraySize(cJSON_GetObjectItem(j, "entries")) == 10000);
    cJSON_Delete(j);
    free(t);
}

static void the_format_comes_from_the_extension(void)
{
    CHECK_INT(exp_format_of("out.csv"), EXP_CSV);
    CHECK_INT(exp_format_of("/a/b/OUT.CSV"), EXP_CSV);
    CHECK_INT(exp_format_of("x.Json"), EXP_JSON);
    CHECK_INT(exp_format_of("x.txt"), EXP_NONE);
    CHECK_INT(exp_format_of("csv"), EXP_NONE);
    CHECK_INT(exp_format_of("dir.csv/file"), EXP_NONE);
    CHECK_INT(exp_format_of("x.csv.bak"), EXP_NONE);
    CHECK_INT(exp_format_of(NULL), EXP_NONE);
}

static void the_kiosk_counts_give_a_row_a_day_with_zeros_where_nothing_happened(void)
{
    static kst_Stats k;
    int64_t day = tf_days_from_civil(2026, 11, 30);
    kst_session(&k, day - 1);
    kst_session(&k, day - 1);
    kst_zone(&k, day - 1, "nose")->opened = 3;
    kst_Count *r = kst_routine(&k, day - 1, "nose-clean-out");
    r->started = 2;
    r->done = 1;
    r->abandoned = 1;
    const char *zones[] = {"nose", "chin"};
    size_t len;
    char *t = exp_counts_csv(&k, day - 2, day, zones, 2, &len);
    CHECK_STR(t, "date,visitors,started,finished,unfinished,opened:nose,opened:chin\r\n"
                 "2026-11-28,0,0,0,0,0,0\r\n"
                 "2026-11-29,2,2,1,1,3,0\r\n"
                 "2026-11-30,0,0,0,0,0,0\r\n");
    CHECK_INT(len, strlen(t));
    free(t);
}

int main(void)
{
    prog_init(&d);
    RUN(an_empty_history_is_the_header_row_alone);
    RUN(a_row_holds_every_column_with_an_rfc3339_utc_time);
    RUN(rows_come_oldest_first_whatever_the_order_in_the_file);
    RUN(a_profile_with_a_comma_a_quote_or_a_line_break_is_quoted);
    RUN(a_field_that_would_be_a_formula_is_written_as_text);
    RUN(json_reads_back_field_for_field);
    RUN(several_profiles_each_give_their_rows_in_turn);
    RUN(ten_thousand_entries_make_ten_thousand_rows);
    RUN(the_format_comes_from_the_extension);
    RUN(the_kiosk_counts_give_a_row_a_day_with_zeros_where_nothing_happened);
    prog_free(&d);
    return check_summary();
}
