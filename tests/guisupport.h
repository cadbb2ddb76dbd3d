#pragma once

// Shared by the GUI tests: a shown main window on a design, and where things are on it.

#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/editing/editingsession.h"
#include "views/shell/mainwindow.h"
#include "views/canvas/resourceitem.h"

#include <QTest>

#include <memory>

namespace test {

/// The main window on `path` (the first-start sample by default), shown and exposed, its
/// relations built. With `centre`, at 100 % zoom centred on that resource.
inline std::unique_ptr<skydraft::MainWindow> shownWindow(const QString &path = skydraft::MainWindow::defaultSamplePath(),
                                                         const QString &centre = {})
{
    auto w = std::make_unique<skydraft::MainWindow>();
    if (!path.isEmpty() && !w->openFile(path))
        return nullptr;
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (!centre.isEmpty()) {
        w->editing()->canvas()->setZoom(1.0);
        if (skydraft::ResourceItem *item = w->scene()->item(centre))
            w->view()->centerOn(item);
    }
    QCoreApplication::processEvents(); // relations are built after a burst of changes
    return w;
}

/// A resource's box in scene coordinates (without badges or captions).
inline QRectF sceneBox(const skydraft::DiagramScene &scene, const QString &id)
{
    const skydraft::ResourceItem *i = scene.item(id);
    return i ? i->sceneBox() : QRectF();
}

} // namespace test
