/* emb-feedback-stop-words.c: the words that say nothing about a complaint
 *
 * The commonest function words of English, Polish and Greek (articles,
 * pronouns, prepositions, conjunctions, forms of "to be" and "to have"),
 * left out of the themes of complaints. They are written as people write
 * them; the full-text tokenizer folds them the same way as the texts (see
 * emb-feedback-insights.c), so "Się" and "się", "ΤΟΥΣ" and "τους" are one
 * stop word each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-insights"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-insights-private.h"

const char * const _emb_feedback_stop_words[] = {
  /* English */
  "a about above after again against all also am an and any are as at be because been "
  "before being below between both but by can could did do does doing done down during "
  "each even ever every few for from further get got had has have having he her here "
  "hers herself him himself his how however i if in into is it its itself just let like "
  "made make many may me might more most much must my myself never no nor not now of off "
  "often on once one only or other our ours ourselves out over own per quite rather really "
  "said same she should since so some still such than that the their theirs them "
  "themselves then there these they this those though through thus to too under until up "
  "upon us very via was we well were what when where whether which while who whom whose "
  "why will with within without would yet you your yours yourself yourselves "
  "far lot lots something anything nothing everything someone anyone nobody everyone "
  /* what the tokenizer leaves of "don't", "wasn't", "I've"… */
  "don didn doesn isn wasn weren couldn wouldn shouldn haven hasn hadn aren won ve ll re",
  /* Polish */
  "a aby ale albo ani bardzo bez bo być był była było byli były będzie będą co czy "
  "dla do gdy gdyż gdzie go i ich im innych inne jak jaki jakie jako jest jeszcze jej "
  "jego jemu jeśli jestem jesteś już ją każdy kiedy kto która które którego której który "
  "których ku lub ma mają mam mi mnie mną mój moja moje może mu my na nad nam nas nawet "
  "nic nie niech nigdy nim niż no o od oraz po pod ponieważ przed przez przy się sobie "
  "są ta tak taki takie także tam te tego tej ten też to tu tylko tym u w we wszystko "
  "wtedy z za że żeby zawsze znowu został została "
  "wiele dużo coś nic ktoś nikt zbyt było były mogło mogłoby więc też trochę",
  /* Greek */
  "ο η το οι τα του της των τον την τους τις ένας μία ένα ενός μιας και κι ή αλλά όμως "
  "να θα δεν μη μην με σε στο στη στην στον στα στους στις στων από για προς κατά μετά "
  "χωρίς πριν όταν ότι πως που πού αν ενώ είναι ήταν είμαι είσαι είμαστε είχα είχε "
  "έχει έχω έχουμε μου σου μας σας τους αυτό αυτός αυτή αυτά αυτοί αυτές εγώ εσύ εμείς "
  "εσείς πολύ πιο όλα όλοι κάθε τι τίποτα ακόμα ακόμη ήδη μόνο επίσης έτσι εδώ εκεί "
  "πολλά πολλή πάρα κάτι κάποιος κανείς λίγο",
  NULL
};
