/* progdel.h - entries a person deleted from their history, kept in the
 * progress file as an optional key read in any version and written only
 * when the list is not empty:
 *   "deleted": [{"routine": ID, "completed_at": "RFC3339 UTC"}, ...]
 * An entry is known by its routine and completion time (as in a merge,
 * progmerge.h). A deleted entry is never brought back by a merge from the
 * file on disk, another copy's file or an archive: pmg_merge takes both
 * sides' deleted lists together and drops what they name. An Undo
 * (pdl_restore) takes the entry off the list and puts it back; it is also
 * remembered as restored (d->undel, never written), so that a merge with a
 * file saved before the Undo does not delete it again. After a save has
 * written that, the store forgets it (pdl_saved).
 * The list holds at most PROG_MAX_DELETED keys: deleting more is refused
 * (pdl_delete returns -1), and a merge of two lists keeps the newest ones.
 * Works on the caller's prog_Data (its del and undel arrays, owned by it,
 * freed by prog_free). No I/O. */
#ifndef FM_PROGDEL_H
#define FM_PROGDEL_H

#include "jsonv.h"
#include "progress.h"

/* 1 when d's deleted list names (routine, t). */
int pdl_has(const prog_Data *d, const char *routine, int64_t t);
/* Deletes entry i of d's history: it leaves the history and its key joins
 * the deleted list. *out gets the entry as it was (for an Undo). Returns
 * 0, or -1 (nothing changed) when i is out of range, the list is full or
 * memory is short. */
int pdl_delete(prog_Data *d, int i, prog_Entry *out);
/* Undoes a delete: e goes back at index i (or at the end when i is past
 * it), its key leaves the deleted list and is remembered as restored.
 * Returns 0, or -1 when memory is short. */
int pdl_restore(prog_Data *d, const prog_Entry *e, int i);
/* The deleted lists of d and other together (less what d restored),
 * and every entry they name dropped from d's history. Returns how many
 * entries were dropped, or -1 when memory is short (d unchanged). */
int pdl_merge(prog_Data *d, const prog_Data *other);
/* Drops from d's history every entry its deleted list names (a file may
 * hold both); returns how many. */
int pdl_apply(prog_Data *d);
/* A save wrote d: what it restored need not be remembered any more. */
void pdl_saved(prog_Data *d);
/* Reads the optional "deleted" key of root into d, reporting each problem
 * at its JSON pointer. */
void pdl_read(jv_Ctx *v, const cJSON *root, prog_Data *d);
/* The bytes of the longest written key, and the writer: appends
 * ",\n  \"deleted\": [...]" to a buffer through put (nothing when empty). */
#define PDL_ENTRY_MAX (PROG_ID + 64)
void pdl_write(const prog_Data *d, void (*put)(void *ctx, const char *s), void *ctx);

#endif
