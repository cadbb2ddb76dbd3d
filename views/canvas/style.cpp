#include "style.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
bool darkColours = false;
} // namespace

QColor Style::categoryColor(Category category)
{
    switch (category) {
    case Category::Compute:
        return QColor(0xED, 0x71, 0x00);
    case Category::Networking:
        return QColor(0x8C, 0x4F, 0xFF);
    case Category::Database:
        return QColor(0xC9, 0x25, 0xD1);
    case Category::Security:
        return QColor(0xDD, 0x34, 0x4C);
    case Category::Clients:
        return darkColours ? QColor(0xAA, 0xB4, 0xC0) : QColor(0x23, 0x2F, 0x3E);
    }
    return Qt::gray;
}

QColor Style::borderColor(ResourceType type, bool publicSubnet)
{
    switch (type) {
    case ResourceType::Vpc:
        return QColor(0x8C, 0x4F, 0xFF);
    case ResourceType::AvailabilityZone:
        return QColor(0x14, 0x7E, 0xBA);
    case ResourceType::Subnet:
        return publicSubnet ? QColor(0x7A, 0xA1, 0x16) : QColor(0x14, 0x7E, 0xBA);
    case ResourceType::AutoScalingGroup:
        return QColor(0xED, 0x71, 0x00);
    default:
        return categoryColor(typeCategory(type));
    }
}

namespace {
/// `colour` as a faint tint over the dark canvas.
QColor tint(const QColor &colour, qreal share)
{
    const QColor base = Style::canvasColor();
    return QColor::fromRgbF(float(base.redF() + (colour.redF() - base.redF()) * share),
                            float(base.greenF() + (colour.greenF() - base.greenF()) * share),
                            float(base.blueF() + (colour.blueF() - base.blueF()) * share));
}
} // namespace

bool Style::dark() { return darkColours; }
void Style::setDark(bool on) { darkColours = on; }
Style::LightScope::LightScope() : m_was(darkColours) { darkColours = false; }
Style::LightScope::~LightScope() { darkColours = m_was; }

QColor Style::canvasColor() { return darkColours ? QColor(0x1B, 0x1F, 0x26) : QColor(Qt::white); }
QColor Style::gridColor() { return darkColours ? QColor(0x3A, 0x41, 0x4B) : QColor(0xDD, 0xE1, 0xE6); }
QColor Style::textColor() { return darkColours ? QColor(0xE8, 0xEA, 0xED) : QColor(0x23, 0x2F, 0x3E); }
QColor Style::detailColor() { return darkColours ? QColor(0xA8, 0xB0, 0xBA) : QColor(0x5F, 0x6B, 0x7A); }
QColor Style::arrowColor() { return darkColours ? QColor(0xB4, 0xBC, 0xC6) : QColor(0x54, 0x5B, 0x64); }

QColor Style::fillColor(ResourceType type, bool publicSubnet)
{
    if (darkColours) {
        switch (type) {
        case ResourceType::Vpc:
        case ResourceType::Subnet:
            return tint(borderColor(type, publicSubnet), type == ResourceType::Vpc ? 0.08 : 0.16);
        default:
            return QColor(0, 0, 0, 0);
        }
    }
    switch (type) {
    case ResourceType::Vpc:
        return QColor(0xFA, 0xF7, 0xFF);
    case ResourceType::AvailabilityZone:
        return QColor(0xFF, 0xFF, 0xFF, 0);
    case ResourceType::Subnet:
        return publicSubnet ? QColor(0xF2, 0xF6, 0xE8) : QColor(0xE6, 0xF2, 0xF8);
    default:
        return QColor(0xFF, 0xFF, 0xFF, 0);
    }
}

bool Style::dashed(ResourceType type)
{
    return type == ResourceType::AvailabilityZone || type == ResourceType::AutoScalingGroup;
}

QString Style::iconPath(ResourceType type) { return u":/icons/"_s + typeKey(type) + u".svg"_s; }

namespace {
QSvgRenderer *renderer(ResourceType type)
{
    // Owned: freed at exit (LeakSanitizer saw every renderer of a plain hash as a leak).
    static std::unordered_map<int, std::unique_ptr<QSvgRenderer>> cache;
    std::unique_ptr<QSvgRenderer> &r = cache[int(type)];
    if (!r)
        r = std::make_unique<QSvgRenderer>(Style::iconPath(type));
    return r.get();
}
} // namespace

namespace {
/// Renders an action's SVG (recoloured for the dark window) at the size asked, so the icon is
/// sharp at every device pixel ratio; disabled as the style greys its own icons.
class ActionIconEngine final : public QIconEngine
{
public:
    ActionIconEngine(QString name, QByteArray svg) : m_name(std::move(name)), m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_svg);
        {
            QPainter p(&image);
            p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QPixmap pm = QPixmap::fromImage(std::move(image));
        if (mode == QIcon::Disabled || mode == QIcon::Selected) {
            QStyleOption option;
            option.palette = QApplication::palette();
            if (QStyle *style = QApplication::style())
                return style->generatedIconPixmap(mode, pm, &option);
        }
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString iconName() override { return m_name; }
    QString key() const override { return u"skydraft-action"_s; }
    QIconEngine *clone() const override { return new ActionIconEngine(m_name, m_svg); }

private:
    QString m_name;
    QByteArray m_svg;
};
} // namespace

QFont Style::sceneFont(const QFont &base, qreal points, const QPaintDevice *device)
{
    qreal dpi = 96;
    if (device)
        dpi = device->logicalDpiY();
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        dpi = screen->logicalDotsPerInchY();
    QFont font = base;
    font.setPointSizeF(points * 96.0 / std::max<qreal>(1, dpi));
    return font;
}

QIcon Style::actionIcon(const QString &name)
{
    QFile file(u":/actions/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    if (darkColours) {
        // The action icons' convention: #3C4655 is the outline ink, #FBFCFD the paper (a page,
        // a lens); in the dark they swap to light ink on dark paper. Accents and glyphs on a
        // coloured tile (white on green) keep their colours.
        svg.replace("#3C4655", "#D5DAE1");
        svg.replace("#FBFCFD", "#2A303A");
    }
    return QIcon(new ActionIconEngine(u"skydraft-"_s + name, std::move(svg)));
}

QString Style::plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

namespace {
/// The internet's tile is AWS's near-black: on the dark canvas it gets a light rim, so it does
/// not sink into the background.
void outlineOnDarkCanvas(QPainter *painter, ResourceType type, const QRectF &rect)
{
    if (!darkColours || type != ResourceType::Internet)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Style::detailColor(), std::max(1.0, rect.width() / 32)));
    const qreal radius = rect.width() * 10 / 64; // the icons' rx="10" of 64
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
}
} // namespace

void Style::paintIcon(QPainter *painter, ResourceType type, const QRectF &rect)
{
    QSvgRenderer *r = renderer(type);
    if (r->isValid()) {
        // On screen, a pixmap per type and pixel size: rendering the SVG on every paint costs
        // more than the rest of an item. Exports (SVG, PDF) keep the vector drawing.
        const QTransform &t = painter->deviceTransform();
        const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
        if (raster && t.type() <= QTransform::TxScale) {
            const QSize pixels = t.mapRect(rect).size().toSize();
            if (pixels.width() > 0 && pixels.height() > 0 && pixels.width() <= 512) {
                const QString key = u"skydraft-icon-%1-%2x%3"_s.arg(int(type)).arg(pixels.width()).arg(pixels.height());
                QPixmap pixmap;
                if (!QPixmapCache::find(key, &pixmap)) {
                    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::transparent);
                    QPainter p(&image);
                    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
                    r->render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
                    p.end();
                    pixmap = QPixmap::fromImage(std::move(image));
                    QPixmapCache::insert(key, pixmap);
                }
                painter->drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
                outlineOnDarkCanvas(painter, type, rect);
                return;
            }
        }
        r->render(painter, rect);
        outlineOnDarkCanvas(painter, type, rect);
        return;
    }
    // No icon shipped for the type: a tile in its colour family still tells it apart.
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(categoryColor(typeCategory(type)));
    painter->drawRoundedRect(rect, rect.width() / 8, rect.width() / 8);
    painter->restore();
}

} // namespace skydraft
