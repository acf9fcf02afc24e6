/* input.c - SDL events -> the core's app_Input. Fingers are followed one
 * at a time (a second finger is ignored); mouse events that SDL makes up
 * from a touch (which == SDL_TOUCH_MOUSEID) are dropped, and so are finger
 * events SDL makes up from the mouse (touchId == SDL_MOUSE_TOUCHID), so a
 * tap acts once whichever way SDL is set up. Typed text (SDL_TEXTINPUT,
 * on by default on a desktop) becomes IN_TEXT; Backspace is Escape with
 * erase set, so it still goes back where nothing is being typed. */
#include "session.h"

static app_Key key_of(SDL_Keycode k)
{
    switch (k) {
    case SDLK_TAB: return KEY_TAB;
    case SDLK_RETURN: case SDLK_KP_ENTER: return KEY_RETURN;
    case SDLK_SPACE: return KEY_SPACE;
    case SDLK_ESCAPE: case SDLK_AC_BACK: case SDLK_BACKSPACE: return KEY_ESCAPE;
    case SDLK_LEFT: return KEY_LEFT;
    case SDLK_RIGHT: return KEY_RIGHT;
    case SDLK_UP: return KEY_UP;
    case SDLK_DOWN: return KEY_DOWN;
    case SDLK_HOME: return KEY_HOME;
    case SDLK_END: return KEY_END;
    case SDLK_PAGEUP: return KEY_PAGEUP;
    case SDLK_PAGEDOWN: return KEY_PAGEDOWN;
    default:
        /* a remote's or a foot pedal's key: hands-free goes on with it */
        if ((k >= SDLK_a && k <= SDLK_z) || (k >= SDLK_0 && k <= SDLK_9) || (k >= SDLK_F1 && k <= SDLK_F12) ||
            k == SDLK_AUDIONEXT || k == SDLK_AUDIOPLAY || k == SDLK_AC_FORWARD)
            return KEY_OTHER;
        return KEY_NONE;
    }
}

static int finger(ses_Session *s, const SDL_TouchFingerEvent *f, app_InKind kind, app_Input *out)
{
    if (f->touchId == SDL_MOUSE_TOUCHID) /* made up from a mouse event we already handle */
        return 0;
    if (kind == IN_DOWN) {
        if (s->finger_down)
            return 0;
        s->finger_down = 1;
        s->finger = f->fingerId;
    } else if (!s->finger_down || f->fingerId != s->finger) {
        return 0;
    }
    if (kind == IN_UP)
        s->finger_down = 0;
    out->kind = kind;
    out->touch = 1;
    out->x = f->x * (float)s->app.lay.w;
    out->y = f->y * (float)s->app.lay.h;
    return 1;
}

/* Mouse coordinates are in window points; the layout is in renderer
 * pixels (they differ on high-density screens). */
static void mouse_xy(const ses_Session *s, int x, int y, app_Input *out)
{
    int ww = 0, wh = 0;
    if (s->win)
        SDL_GetWindowSize(s->win, &ww, &wh);
    out->x = ww > 0 ? (float)x * (float)s->app.lay.w / (float)ww : (float)x;
    out->y = wh > 0 ? (float)y * (float)s->app.lay.h / (float)wh : (float)y;
}

int inp_translate(ses_Session *s, const SDL_Event *e, app_Input *out)
{
    SDL_memset(out, 0, sizeof *out);
    switch (e->type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
            return 0;
        out->kind = e->type == SDL_MOUSEBUTTONDOWN ? IN_DOWN : IN_UP;
        mouse_xy(s, e->button.x, e->button.y, out);
        return 1;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID)
            return 0;
        out->kind = IN_MOVE;
        mouse_xy(s, e->motion.x, e->motion.y, out);
        return 1;
    case SDL_MOUSEWHEEL:
        if (e->wheel.which == SDL_TOUCH_MOUSEID || e->wheel.y == 0)
            return 0;
        out->kind = IN_WHEEL;
        out->wheel = e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -e->wheel.y : e->wheel.y;
        return 1;
    case SDL_FINGERDOWN: return finger(s, &e->tfinger, IN_DOWN, out);
    case SDL_FINGERMOTION: return finger(s, &e->tfinger, IN_MOVE, out);
    case SDL_FINGERUP: return finger(s, &e->tfinger, IN_UP, out);
    case SDL_KEYDOWN:
        out->kind = IN_KEY;
        out->key = key_of(e->key.keysym.sym);
        out->shift = (e->key.keysym.mod & KMOD_SHIFT) != 0;
        out->erase = e->key.keysym.sym == SDLK_BACKSPACE;
        return out->key != KEY_NONE;
    case SDL_TEXTINPUT: /* a keyboard's text, for a name being typed */
        out->kind = IN_TEXT;
        SDL_strlcpy(out->text, e->text.text, sizeof out->text);
        return out->text[0] != '\0';
    case SDL_WINDOWEVENT:
        if (e->window.event != SDL_WINDOWEVENT_LEAVE)
            return 0;
        out->kind = IN_LEAVE;
        return 1;
    default: return 0;
    }
}
