#pragma once

#include <QDialog>
#include <QFontMetrics>

#include <algorithm>

namespace skydraft {

/// Widens `dialog` so a window manager's title bar shows its whole title beside the window's
/// icon and buttons (a small dialog's "Export Diagram" read "Expor… agram"). Call after
/// setWindowTitle.
inline void keepTitleWhole(QDialog *dialog)
{
    QFont bold = dialog->font();
    bold.setBold(true);
    // Title bars often use a slightly bigger font than the dialog's: a margin for it, and
    // about 150 px for the icon and the three buttons.
    const int title = QFontMetrics(bold).horizontalAdvance(dialog->windowTitle());
    dialog->setMinimumWidth(std::max(dialog->minimumWidth(), title * 6 / 5 + 150));
}

} // namespace skydraft
