/* locale.c - the interface's language in the shell (see session.h): the
 * locale, the catalogue's folder, and switching the language while the
 * trainer runs. The choice itself is the core's (lang.h, the settings'
 * "lang", the app's ACT_LANG); this sets what glibc's gettext reads. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/lang.h"
#include "session.h"

/* glibc's catalogue generation: raised after LANGUAGE changes, so that
 * translations looked up before are not given from its cache (the gettext
 * manual, "Being a gettext grok"). */
extern int _nl_msg_cat_cntr;

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* <base>/FM_DATADIR_REL/locale when it exists (installed), else
 * <base>/locale (the build tree, where CMake writes the .mo files). */
static void bind_catalogue(void)
{
    char *base = SDL_GetBasePath(), dir[2048];
    if (!base)
        return; /* the system's folder, where a packaged facemap's are */
    snprintf(dir, sizeof dir, "%s%s/locale", base, FM_DATADIR_REL);
    if (!is_dir(dir))
        snprintf(dir, sizeof dir, "%slocale", base);
    SDL_free(base);
    bindtextdomain(FM_TEXT_DOMAIN, dir);
    bind_textdomain_codeset(FM_TEXT_DOMAIN, "UTF-8");
}

/* The catalogue of code from now on: LANGUAGE is what gettext reads first
 * in any locale but "C" (loc_init leaves none such). */
static void use(ses_Session *s, const char *code)
{
    snprintf(s->lang, sizeof s->lang, "%s", code);
    snprintf(s->app.lang, sizeof s->app.lang, "%s", code);
    setenv("LANGUAGE", code, 1);
    ++_nl_msg_cat_cntr;
}

void loc_init(ses_Session *s)
{
    /* Only LC_MESSAGES: LC_CTYPE from the environment would change how SDL
     * sets the X window's title (UTF8_STRING, which xdotool does not find by
     * name), and numbers stay "C" so JSON is read and written with a '.'.
     * The catalogue is bound to UTF-8 whatever LC_CTYPE is. Where the
     * environment's is "C" (de_DE may not be generated), C.UTF-8 heeds
     * LANGUAGE. */
    const char *m = setlocale(LC_MESSAGES, "");
    if (!m || strcmp(m, "C") == 0 || strcmp(m, "POSIX") == 0)
        setlocale(LC_MESSAGES, "C.UTF-8");
    bind_catalogue();
    const char *code = s->opt.lang ? s->opt.lang
                                   : lng_from_env(getenv("LANGUAGE"), getenv("LC_ALL"), getenv("LC_MESSAGES"),
                                                  getenv("LANG"));
    use(s, code ? code : LNG_DEFAULT);
}

void loc_sync(ses_Session *s)
{
    app_State *a = &s->app;
    const char *want = a->lang_want[0] ? a->lang_want : !s->opt.lang && a->settings.lang[0] ? a->settings.lang : NULL;
    int asked = a->lang_want[0] != '\0';
    char code[LNG_CODE];
    snprintf(code, sizeof code, "%s", want ? want : "");
    a->lang_want[0] = '\0';
    if (!want || lng_index(code) < 0 || strcmp(code, s->lang) == 0)
        return;
    use(s, code);
    rld_reload(s); /* the content in that language (levels/<code>/); a failure keeps what is shown */
    app_layout(a); /* every text is measured again */
    a->redraw = 1;
    char line[128];
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"lang_changed\",\"lang\":\"%s\",\"by\":\"%s\"}", s->clock_ms,
             code, asked ? "button" : "settings");
    ses_emit(s, line);
}
