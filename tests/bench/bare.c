/* bare.c - the baseline for tests/bench/run: the least an SDL2 program can
 * do. It opens a window, clears it, presents one frame and sleeps in
 * SDL_WaitEventTimeout until it is closed, just as facemap does on an idle
 * map; so its start-up, memory and idle CPU are the floor facemap is
 * measured against. With FACEMAP_TRACE set it writes the same trace lines as
 * facemap (src/shell/trace.h): its first frame is also its "map_drawn",
 * since it has nothing more to draw.
 *
 *   facemap_bare [--window WxH] [--renderer software|accelerated]
 *                [--animate] [--frames N]
 * --animate   redraws every 16 ms like a step animation does (a cleared
 *             frame and a moving bar), writing "frame" trace lines; a mouse
 *             click in the window starts the same animation
 * --frames N  draws N animated frames as fast as it can, then exits (the
 *             frame-time figures; like facemap's --replay, no sleeping) */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"

#define FRAME_MS 16
#define IDLE_MAX_MS 60000

typedef struct {
    int w, h, animate, frames;
    const char *renderer;
} Options;

static int parse(Options *o, int argc, char **argv)
{
    *o = (Options){1280, 800, 0, 0, "software"};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--animate") == 0)
            o->animate = 1;
        else if (strcmp(a, "--window") == 0 && v && sscanf(v, "%dx%d", &o->w, &o->h) == 2 && i++)
            continue;
        else if (strcmp(a, "--renderer") == 0 && v && i++)
            o->renderer = v;
        else if (strcmp(a, "--frames") == 0 && v && (o->frames = atoi(v)) > 0 && i++)
            o->animate = 1;
        else {
            fprintf(stderr, "facemap_bare: unknown or incomplete option %s\n", a);
            return -1;
        }
    }
    return 0;
}

/* The same renderer choice as facemap's main.c. */
static void renderer_hints(const char *r)
{
    if (strcmp(r, "software") == 0) {
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    } else if (strcmp(r, "accelerated") == 0) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "1");
    }
}

/* One frame: the clear colour of facemap's map, and in animation a bar
 * that moves with the frame number. */
static void draw(SDL_Renderer *ren, const Options *o, int n)
{
    trc_Frame tf;
    trc_frame_begin(&tf);
    trc_frame_lap(&tf);
    SDL_SetRenderDrawColor(ren, 0xf4, 0xef, 0xe8, 255);
    SDL_RenderClear(ren);
    if (o->animate) {
        SDL_Rect bar = {(n * 8) % o->w, o->h / 3, o->w / 10, o->h / 3};
        SDL_SetRenderDrawColor(ren, 0x1f, 0x6f, 0x6a, 255);
        SDL_RenderFillRect(ren, &bar);
    }
    trc_frame_lap(&tf);
    SDL_RenderPresent(ren);
    trc_frame_end(&tf, n == 0, n == 0, o->animate);
}

int main(int argc, char **argv)
{
    trc_init();
    Options o;
    if (parse(&o, argc, argv) != 0)
        return 2;
    renderer_hints(o.renderer);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "facemap_bare: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *win = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o.w, o.h, 0);
    SDL_Renderer *ren = win ? SDL_CreateRenderer(win, -1, 0) : NULL;
    if (!ren) {
        fprintf(stderr, "facemap_bare: %s\n", SDL_GetError());
        SDL_Quit();
        return 1;
    }
    int n = 0, quit = 0;
    draw(ren, &o, n++);
    while (!quit && !(o.frames && n >= o.frames)) {
        SDL_Event e;
        int timeout = o.frames ? 0 : o.animate ? FRAME_MS : IDLE_MAX_MS;
        if (SDL_WaitEventTimeout(&e, timeout)) {
            do {
                quit |= e.type == SDL_QUIT;
                o.animate |= e.type == SDL_MOUSEBUTTONDOWN; /* as a tap starts a routine */
                if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_EXPOSED && !o.animate)
                    draw(ren, &o, n++);
            } while (SDL_PollEvent(&e));
        }
        if (o.animate)
            draw(ren, &o, n++);
    }
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    SDL_Quit();
    return 0;
}
