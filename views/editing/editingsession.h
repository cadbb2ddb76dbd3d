#pragma once

#include "model/types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointF>

class QAction;
class QDockWidget;
class QMenu;

namespace skydraft {

class CanvasView;
class Editor;
class Inspector;
class LiveFindings;
class Workbench;
class Palette;
class ReachTool;
class FindBox;

/// The editing half of the main window: the palette, inspector and "Can it reach?" docks, the
/// live findings, and the editing actions (clipboard, delete, align, snap, connect mode, ports
/// and CIDRs), added to the window's Edit, View and Tools menus (undo and redo are the window's).
/// It turns what the user does on the canvas into Editor calls, one undo step per gesture; it
/// holds no design data.
class EditingSession : public QObject
{
    Q_OBJECT
public:
    EditingSession(Workbench *workbench, QObject *parent);

    enum class Action {
        Cut, Copy, Paste, Duplicate, Delete, SelectAll,
        AlignLeft, AlignTop, AlignCenter, AlignMiddle, AlignRight, AlignBottom,
        DistributeHorizontally, DistributeVertically,
        SnapToGrid, ShowRules, ConnectMode, Find,
    };
    /// The action for menus and toolbars (the shell's menus pick them up from here).
    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> editActions() const;
    /// Align (left, centre, right; top, middle, bottom) and distribute, for a menu.
    void fillArrangeMenu(QMenu *menu) const;
    /// The canvas's right-click menu for the current selection. The caller owns it.
    QMenu *contextMenu(QWidget *parent = nullptr);

    Palette *palette() const { return m_palette; }
    Inspector *inspector() const { return m_inspector; }
    LiveFindings *findings() const { return m_findings; }
    ReachTool *reachTool() const { return m_reach; }
    FindBox *findBox() const { return m_findBox; }
    CanvasView *canvas() const;
    QList<QDockWidget *> docks() const { return m_docks; }

    // --- the operations behind the gestures and actions (tests call them directly)
    QStringList selectedIds() const;
    void select(const QStringList &ids);
    /// Adds `type` where it is dropped; returns the new id, or empty with lastMessage() saying why.
    QString place(ResourceType type, const QPointF &scenePos);
    /// Commits a drag-move of the items (ids -> their scene positions before the drag).
    bool commitMove(const QHash<QString, QPointF> &startScenePos);
    bool connectResources(const QString &from, const QString &to);
    /// Makes a subnet public in one undo step (Editor::makeSubnetPublic), placing a new
    /// internet gateway or route table near it; says what it did or why not.
    bool makeSubnetPublic(const QString &subnet);
    void copy();
    QStringList paste();
    QStringList duplicate();
    void cut();
    bool deleteSelection();
    void align(Action how);
    /// Moves the selection by `delta` (one undo step per key press).
    void nudge(const QPointF &delta);
    /// Selects the resource and centres the view on it.
    void reveal(const QString &id);

    /// The last message given to the user (a refusal's reason, what an edit did).
    QString lastMessage() const { return m_lastMessage; }
    /// While the design is read-only (a simulation runs): the edit actions, the palette and
    /// the inspector are disabled; copy and select stay.
    void setLocked(bool locked);

private:
    void createDocks();
    void createActions();
    void documentShown();
    void selectionChanged();
    void selectRestored(const QStringList &ids);
    /// Shows "Can it reach?" ready to ask.
    void showReachTool();
    void updateActions();
    void resize(const QString &id, const QSizeF &size);
    void tell(const QString &text);
    /// A refusal: the reason in the status bar, as a tooltip where it happened, and a red flash.
    void refuse(const QString &reason, const QPointF &scenePos);
    Editor *editor() const;
    QStringList topMostSelected() const;

    Workbench *m_window;
    Palette *m_palette = nullptr;
    Inspector *m_inspector = nullptr;
    LiveFindings *m_findings = nullptr;
    ReachTool *m_reach = nullptr;
    FindBox *m_findBox = nullptr;
    QList<QDockWidget *> m_docks;
    QHash<int, QAction *> m_actions;
    QByteArray m_clipboard; ///< also on the system clipboard; kept for duplicate
    int m_pasteCount = 0;
    QPointF m_pasteStep; ///< how far each paste of m_clipboard goes: clear of what was copied
    QPointF clearOfSelection() const;
    QString m_lastMessage;
    QElapsedTimer m_refusalShown; ///< since the last refusal
    int m_refusalMs = 0;          ///< how long it stays
    bool m_locked = false;
};

} // namespace skydraft
