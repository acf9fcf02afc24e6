/* card.h - the routine's step card: the step's title, text, caution and
 * timer note, in lines wrapped to the card (ui_wrap), at the size the text
 * size setting asks for. What does not fit the card goes on to more pages
 * of it (the screen's list, one page an item: its page control, Page Up /
 * Page Down, the wheel and a drag), so no line is ever cut or shrunk below
 * its size; at the "normal" size the text may first get a little smaller
 * (not under the layout unit) so a step usually fits one page. Caution
 * text is the step text's size. The rows live in the app's layout
 * (lay.row); they hold offsets into the step's strings, so they are laid
 * out again whenever the step, the screen or the content changes. */
#ifndef FM_CARD_H
#define FM_CARD_H

#include "app.h"
#include "drawlist.h"

/* Lays out step st in l->card: its rows and, where they take more than
 * one page, the list of pages (from a->list_first). */
void card_layout(app_State *a, app_Layout *l, const lvl_Step *st);
/* Draws the card: "Step 2 of 9" and the step bar, then the rows of the
 * page in view and its page control. */
void card_draw(const app_State *a, dl_List *l, const lvl_Step *st);

#endif
