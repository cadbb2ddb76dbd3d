#pragma once

#include <algorithm>

#include <QList>
#include <Qt>

class QDockWidget;
class QListView;
class QMenu;
class QString;
class QToolBar;
class QWidget;

namespace skydraft {

class CanvasView;
class DiagramScene;
class DocumentSession;

/// What a room of the application (the live simulation, study mode) may ask of the window it
/// lives in. The main window implements it; a room never includes the window itself, so the
/// rooms stay independent of each other and of the shell.
class Workbench
{
public:
    virtual ~Workbench() = default;

    enum class Menu { File, Edit, View, Tools, Help };

    /// The top-level window: the parent of dialogs.
    virtual QWidget *window() = 0;
    /// The open design's session (document, editor, file); it signals documentReplaced().
    virtual DocumentSession *session() const = 0;
    virtual DiagramScene *scene() const = 0;
    virtual CanvasView *canvas() const = 0;
    /// Docks a panel and lists it under View > Panels.
    virtual void addPanel(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    /// Puts `second` beside or below `first`, and sets the sizes of docks along `orientation`.
    virtual void splitPanels(QDockWidget *first, QDockWidget *second, Qt::Orientation orientation) = 0;
    virtual void resizePanels(const QList<QDockWidget *> &docks, const QList<int> &sizes, Qt::Orientation orientation) = 0;
    /// The Problems panel's list: whoever checks the design gives it a model.
    virtual QListView *problemsView() const = 0;
    /// Shows `dock` in front, as a tab over the panels already in its area (a room's panels
    /// while the room is in use).
    virtual void showPanelInFront(QDockWidget *dock) = 0;
    virtual QMenu *menu(Menu which) const = 0;
    virtual QToolBar *toolBar() const = 0;
    /// A message in the status bar (0: until the next one).
    virtual void showStatus(const QString &text, int timeoutMs = 0) = 0;
    /// How long a status message of `text` stays: long enough to read it (8 s at least, about
    /// a second more per 15 characters past 75, 20 s at most).
    static int readingTimeMs(const QString &text)
    {
        const qsizetype chars = text.size();
        return int(std::clamp<qsizetype>(3000 + chars * 66, 8000, 20000));
    }
    /// Makes the design read-only (every edit, undo included, is refused with `reason`), or
    /// editable again with an empty reason.
    virtual void setEditingLocked(const QString &reason) = 0;
    /// Shows `banner` above the canvas (nullptr: none). Not owned.
    virtual void setCanvasBanner(QWidget *banner) = 0;
};

} // namespace skydraft
