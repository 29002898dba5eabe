#pragma once

#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QTableView;
class QWidget;

namespace sa::ui {

/// What the lists of what happened share (View > Event Log, View > Audit Log, an object's History
/// page): whole rows selected, nothing edited in place, one line per row, the last column taking
/// what is left; and their filters' choices and labels.
namespace LogTables {

/// Sets `view` up as such a list.
void setUp(QTableView* view);
/// Fills `combo` with `all` (no filter, empty data) and then each of `found` once, sorted, keeping
/// the choice it had when that is still there; no signal while it does.
void fillChoices(QComboBox* combo, const QString& all, QStringList found);
/// A filter's label with its mnemonic bound to `buddy`.
QLabel* label(const QString& text, QWidget* buddy);

} // namespace LogTables

} // namespace sa::ui
