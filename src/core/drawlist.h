/* drawlist.h - what the core wants on screen, as a list of plain commands
 * in window pixels. The core fills it (app_draw: each screen's draw, scr_*.c); the SDL shell turns it into
 * pixels (shell/render.c) and never decides anything itself.
 *
 * A dl_List owns fixed pools for commands, polygon points and text bytes;
 * strings and points in commands point into those pools and stay valid
 * until the next dl_reset. Overflow drops commands and sets overflow. */
#ifndef FM_DRAWLIST_H
#define FM_DRAWLIST_H

#include <stdint.h>
#include "geo.h"

#define DL_MAX_CMDS 512
#define DL_MAX_PTS 32768 /* polygons, and two a rectangle of DL_RECTS */
#define DL_MAX_TEXT 32768

typedef struct { uint8_t r, g, b, a; } dl_Color;

typedef enum {
    DL_RECT,     /* plain filled rectangle: rect, fill */
    DL_RECTS,    /* many plain rectangles of one colour: npts / 2 of them, each two points
                    in pts (x, y then w, h); rect is their bounding box, fill */
    DL_RRECT,    /* rounded rectangle: rect, radius, fill, stroke, stroke_w */
    DL_POLY,     /* polygon: pts, npts, fill, stroke, stroke_w */
    DL_TEXT,     /* text fitted into rect: text, px, bold, align, valign, fill */
    DL_ART,      /* the face art's region src (art coords) drawn into rect */
    DL_SPRITE,   /* sprite name centred in rect, rotated by rot degrees, alpha */
    DL_RING,     /* countdown ring in rect: frac done, fill (track), stroke (arc), stroke_w */
    DL_CLIP,     /* clip later commands to rect */
    DL_UNCLIP
} dl_Kind;

enum { DL_ALIGN_LEFT, DL_ALIGN_CENTER, DL_ALIGN_RIGHT };
enum { DL_VALIGN_TOP, DL_VALIGN_MIDDLE, DL_VALIGN_BOTTOM };

typedef struct {
    dl_Kind kind;
    geo_Rect rect;
    geo_Rect src;          /* DL_ART */
    dl_Color fill, stroke;
    float stroke_w, radius, rot, alpha, frac;
    const geo_Pt *pts;
    int npts;
    const char *text;      /* DL_TEXT text, DL_SPRITE name */
    int px, bold, align, valign;
} dl_Cmd;

typedef struct {
    dl_Cmd cmd[DL_MAX_CMDS];
    int n;
    geo_Pt pts[DL_MAX_PTS];
    int npts;
    char text[DL_MAX_TEXT];
    int ntext;
    int overflow;
    dl_Color clear;        /* background colour */
} dl_List;

dl_Color dl_rgba(uint32_t rgba);  /* 0xRRGGBBAA */
void dl_reset(dl_List *l, dl_Color clear);
void dl_rect(dl_List *l, geo_Rect r, dl_Color fill);
/* n rectangles of one colour as one command (a calendar's cells, marks on
 * a line): cheaper to keep and to draw than n DL_RECTs. */
void dl_rects(dl_List *l, const geo_Rect *r, int n, dl_Color fill);
void dl_rrect(dl_List *l, geo_Rect r, float radius, dl_Color fill, dl_Color stroke, float stroke_w);
void dl_poly(dl_List *l, const geo_Pt *pts, int n, dl_Color fill, dl_Color stroke, float stroke_w);
void dl_text(dl_List *l, geo_Rect r, const char *text, int px, int bold, int align, int valign, dl_Color c);
void dl_art(dl_List *l, geo_Rect src, geo_Rect dst, float alpha);
void dl_sprite(dl_List *l, const char *name, geo_Rect r, float rot, float alpha);
void dl_ring(dl_List *l, geo_Rect r, float frac, dl_Color track, dl_Color arc, float width);
void dl_clip(dl_List *l, geo_Rect r);
void dl_unclip(dl_List *l);

#endif
