#include "appearance.h"

#include "views/canvas/style.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
const QString key = u"ui/appearance"_s;
struct AppearanceMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Appearance)
};

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x30, 0x37), base(0x1F, 0x23, 0x29), text(0xE8, 0xEA, 0xED), accent(0x3B, 0x82, 0xF6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x93, 0x9E));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x4C, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x40, 0x49));
    p.setColor(QPalette::Mid, QColor(0x30, 0x35, 0x3D));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1B, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7A, 0xB7, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xFF));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7A, 0x82, 0x8C));
    return p;
}
} // namespace

QString Appearance::setting() { return QSettings().value(key).toString(); }

void Appearance::setSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, code);
}

QList<std::pair<QString, QString>> Appearance::choices()
{
    return {{QString(), AppearanceMsg::tr("Follow the system")},
            {u"light"_s, AppearanceMsg::tr("Light")},
            {u"dark"_s, AppearanceMsg::tr("Dark")}};
}

bool Appearance::wantsDark(const QString &setting, bool systemIsDark)
{
    if (setting == u"dark"_s)
        return true;
    if (setting == u"light"_s)
        return false;
    return systemIsDark;
}

void Appearance::apply(QApplication &app)
{
    const bool systemIsDark = isDark(QApplication::palette());
    const bool dark = wantsDark(setting(), systemIsDark);
    if (dark != systemIsDark) {
        // The platform style draws with its own colours: Fusion follows the palette given.
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
        app.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    Style::setDark(dark);
}

} // namespace skydraft
