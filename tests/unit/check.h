/* check.h - the smallest test harness that reads well: each test is a
 * function whose name is a sentence; CHECK records a failure with file and
 * line and goes on; RUN prints "ok"/"FAIL" per test; check_summary() prints
 * "N passed, N failed" and gives main's exit code. */
#ifndef FM_CHECK_H
#define FM_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_failed_now, check_passed, check_failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            printf("    %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            check_failed_now = 1;                                                \
        }                                                                        \
    } while (0)

#define CHECK_INT(a, b)                                                               \
    do {                                                                              \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);               \
        if (check_a_ != check_b_) {                                                   \
            printf("    %s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, \
                   check_a_, check_b_);                                               \
            check_failed_now = 1;                                                     \
        }                                                                             \
    } while (0)

#define CHECK_STR(a, b)                                                                 \
    do {                                                                                \
        const char *check_a_ = (a), *check_b_ = (b);                                    \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                \
            printf("    %s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, \
                   check_a_ ? check_a_ : "(null)", check_b_ ? check_b_ : "(null)");     \
            check_failed_now = 1;                                                       \
        }                                                                               \
    } while (0)

#define CHECK_NEAR(a, b, eps)                                                         \
    do {                                                                              \
        double check_a_ = (a), check_b_ = (b);                                        \
        if (fabs(check_a_ - check_b_) > (eps)) {                                      \
            printf("    %s:%d: %s == %g, expected %g\n", __FILE__, __LINE__, #a,      \
                   check_a_, check_b_);                                               \
            check_failed_now = 1;                                                     \
        }                                                                             \
    } while (0)

#define RUN(test)                                                     \
    do {                                                              \
        check_failed_now = 0;                                         \
        test();                                                       \
        if (check_failed_now) {                                       \
            check_failed++;                                           \
            printf("FAIL %s\n", #test);                               \
        } else {                                                      \
            check_passed++;                                           \
            printf("ok   %s\n", #test);                               \
        }                                                             \
    } while (0)

static int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
