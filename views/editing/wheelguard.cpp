#include "wheelguard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace skydraft {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel && watched->isWidgetType() && !static_cast<QWidget *>(watched)->hasFocus()) {
            // Not for this widget: ignored, so QApplication hands it to the parent (the panel).
            event->ignore();
            return true;
        }
        return false;
    }
};

} // namespace

void guardWheel(QWidget *widget)
{
    static auto *guard = new WheelGuard(QCoreApplication::instance());
    widget->setFocusPolicy(Qt::StrongFocus); // the wheel alone does not give it focus
    widget->installEventFilter(guard);
}

} // namespace skydraft
