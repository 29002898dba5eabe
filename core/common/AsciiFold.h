#pragma once

#include <QString>

namespace sa::core::AsciiFold {

/// `text` with its Latin letters written as their base letters, case kept: accents taken off
/// (decomposed, NFKD, the marks left out: "Émile" -> "Emile", a ligature as its letters) and the
/// letters that do not decompose spelled as German, Danish, Polish... readers do ("Größ" -> "Gross",
/// "Ærø" -> "AEro", "Łódź" -> "Lodz"). Other scripts stay as they are. What addresses are made from
/// (only ASCII may stand in them) and what names are sorted and found by (SortKey), so that both
/// agree on what a letter is.
QString letters(const QString& text);

} // namespace sa::core::AsciiFold
