#include "DecisionBoundaryWidget.h"

#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"
#include "training/DecisionField.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr qreal kMarginLeft = 44.0;
constexpr qreal kMarginRight = 12.0;
constexpr qreal kMarginTop = 10.0;
constexpr qreal kMarginBottom = 58.0; // tick labels, then the legend
constexpr qreal kPointRadius = 4.5;
constexpr qreal kMaxTint = 0.62; // the surest cells stay lighter than the dots on them

const QColor kNeutral(0xe8, 0xea, 0xeb);
const QColor kText(0x33, 0x33, 0x33);

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double niceStep(double range)
{
    if (range <= 0.0)
        return 1.0;
    const double raw = range / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0})
        if (raw <= f * magnitude)
            return f * magnitude;
    return 10.0 * magnitude;
}

QRectF bounds(const QVector<QPointF>& a, const QVector<QPointF>& b)
{
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const QVector<QPointF>* list : {&a, &b})
        for (const QPointF& p : *list) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
    if (x0 > x1)
        return QRectF(-1.0, -1.0, 2.0, 2.0);
    QRectF r(QPointF(x0, y0), QPointF(x1, y1));
    const double pad = 0.08 * std::max({r.width(), r.height(), 1e-6});
    return r.adjusted(-pad, -pad, pad, pad);
}

} // namespace

DecisionBoundaryWidget::DecisionBoundaryWidget(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Background: the class the network predicts, stronger where it is surer.\n"
                  "Dots: training samples. Rings: test samples. Click a sample to inspect it."));
    // Class colours follow the palette (colour-blind safe, presentation).
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, [this] {
        if (!m_field.isNull())
            m_field = fieldImage(m_fieldColumns, m_fieldRows, m_fieldProbabilities, m_fieldClasses);
        update();
    });
}

QVector<QPointF> DecisionBoundaryWidget::gridPoints(QRectF domain, int columns, int rows)
{
    return decisionGridPoints(domain, columns, rows);
}

void DecisionBoundaryWidget::setPoints(QVector<QPointF> train, QVector<int> trainLabels, QVector<QPointF> test,
    QVector<int> testLabels)
{
    m_train = std::move(train);
    m_trainLabels = std::move(trainLabels);
    m_test = std::move(test);
    m_testLabels = std::move(testLabels);
    update();
}

QImage DecisionBoundaryWidget::fieldImage(int columns, int rows, const QVector<float>& probabilities, int classes)
{
    const qsizetype cells = qsizetype(std::max(columns, 0)) * std::max(rows, 0);
    const qsizetype expected = classes == 2 ? cells : cells * classes;
    if (cells == 0 || classes < 2 || probabilities.size() != expected)
        return QImage();
    QImage image(columns, rows, QImage::Format_RGB32);
    for (int r = 0; r < rows; ++r) {
        QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(rows - 1 - r)); // y grows upwards
        for (int c = 0; c < columns; ++c) {
            const qsizetype cell = qsizetype(r) * columns + c;
            int best = 0;
            double confidence = 0.0;
            if (classes == 2) {
                const double p = probabilities[cell];
                best = p >= 0.5 ? 1 : 0;
                confidence = std::abs(2.0 * p - 1.0);
            } else {
                const float* p = probabilities.constData() + cell * classes;
                best = int(std::max_element(p, p + classes) - p);
                confidence = (p[best] - 1.0 / classes) / (1.0 - 1.0 / classes);
            }
            if (!std::isfinite(confidence))
                confidence = 0.0;
            line[c] = mix(kNeutral, ClassPalette::colour(best), confidence * kMaxTint).rgb();
        }
    }
    return image;
}

QImage DecisionBoundaryWidget::fieldImage(const DecisionField& field)
{
    return fieldImage(field.columns, field.rows, field.probabilities, field.classes);
}

bool DecisionBoundaryWidget::setField(QRectF domain, int columns, int rows, QVector<float> probabilities, int classes)
{
    QImage image = fieldImage(columns, rows, probabilities, classes);
    if (image.isNull() || !domain.isValid()) {
        clearField();
        return false;
    }
    m_field = image;
    m_fieldDomain = domain;
    m_fieldClasses = classes;
    m_fieldColumns = columns;
    m_fieldRows = rows;
    m_fieldProbabilities = std::move(probabilities);
    update();
    return true;
}

bool DecisionBoundaryWidget::setField(const DecisionField& field)
{
    return setField(field.domain, field.columns, field.rows, field.probabilities, field.classes);
}

void DecisionBoundaryWidget::clearField()
{
    m_field = QImage();
    m_fieldDomain = QRectF();
    m_fieldClasses = 0;
    m_fieldProbabilities.clear();
    update();
}

void DecisionBoundaryWidget::setClassNames(const QStringList& names)
{
    m_classNames = names;
    update();
}

int DecisionBoundaryWidget::classCount() const
{
    int count = std::max<int>(m_fieldClasses, int(m_classNames.size()));
    for (const QVector<int>* labels : {&m_trainLabels, &m_testLabels})
        for (int label : *labels)
            count = std::max(count, label + 1);
    return count;
}

QRectF DecisionBoundaryWidget::domain() const
{
    return hasField() ? m_fieldDomain : bounds(m_train, m_test);
}

QRectF DecisionBoundaryWidget::plotRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kMarginLeft, kMarginTop, -kMarginRight, -kMarginBottom);
    const QRectF d = domain();
    if (area.width() <= 0 || area.height() <= 0 || d.width() <= 0 || d.height() <= 0)
        return QRectF();
    const double scale = std::min(area.width() / d.width(), area.height() / d.height());
    QRectF plot(0, 0, d.width() * scale, d.height() * scale);
    plot.moveCenter(area.center());
    return plot;
}

QPointF DecisionBoundaryWidget::mapToWidget(QPointF point) const
{
    const QRectF plot = plotRect();
    const QRectF d = domain();
    if (plot.isEmpty())
        return QPointF();
    return QPointF(plot.left() + (point.x() - d.left()) / d.width() * plot.width(),
        plot.bottom() - (point.y() - d.top()) / d.height() * plot.height());
}

int DecisionBoundaryWidget::sampleAt(QPointF position, bool* test) const
{
    const qreal reach = kPointRadius + 3.0;
    double bestDistance = reach * reach;
    int best = -1;
    bool bestIsTest = false;
    // Test rings are drawn on top, so they win a tie.
    for (bool isTest : {true, false}) {
        const QVector<QPointF>& points = isTest ? m_test : m_train;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF d = mapToWidget(points[i]) - position;
            const double d2 = QPointF::dotProduct(d, d);
            if (d2 < bestDistance) {
                bestDistance = d2;
                best = i;
                bestIsTest = isTest;
            }
        }
    }
    if (test)
        *test = bestIsTest;
    return best;
}

void DecisionBoundaryWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    bool test = false;
    const int index = sampleAt(event->position(), &test);
    if (index >= 0)
        Q_EMIT sampleClicked(index, test);
}

void DecisionBoundaryWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!hasField() && m_train.isEmpty() && m_test.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
            tr("For datasets with two features, this shows how the network divides the plane.\n\n"
               "Press Train to watch the boundary take shape."));
        return;
    }
    const QRectF plot = plotRect();
    if (plot.isEmpty())
        return;

    if (hasField()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(plot, m_field);
    } else {
        painter.fillRect(plot, kNeutral);
    }

    painter.save();
    painter.setClipRect(plot.adjusted(-kPointRadius, -kPointRadius, kPointRadius, kPointRadius));
    auto label = [](const QVector<int>& labels, int i) { return i < labels.size() ? labels[i] : -1; };
    painter.setPen(QPen(Qt::white, 1.0));
    for (int i = 0; i < m_train.size(); ++i) {
        painter.setBrush(ClassPalette::colour(label(m_trainLabels, i)));
        painter.drawEllipse(mapToWidget(m_train[i]), kPointRadius, kPointRadius);
    }
    painter.setBrush(Qt::white);
    for (int i = 0; i < m_test.size(); ++i) {
        painter.setPen(QPen(ClassPalette::colour(label(m_testLabels, i)).darker(115), 2.0));
        painter.drawEllipse(mapToWidget(m_test[i]), kPointRadius - 0.5, kPointRadius - 0.5);
    }
    painter.restore();

    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    paintAxes(painter, plot);
    paintLegend(painter, plot);
}

void DecisionBoundaryWidget::paintAxes(QPainter& painter, const QRectF& plot) const
{
    const QRectF d = domain();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    painter.setPen(kText);
    const double xStep = niceStep(d.width());
    for (double x = std::ceil(d.left() / xStep) * xStep; x <= d.right() + 1e-9; x += xStep) {
        const double px = mapToWidget(QPointF(x, d.top())).x();
        const QString text = QString::number(std::abs(x) < 1e-12 ? 0.0 : x, 'g', 4);
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 4));
        painter.drawText(QRectF(px - 30, plot.bottom() + 5, 60, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
            text);
    }
    const double yStep = niceStep(d.height());
    for (double y = std::ceil(d.top() / yStep) * yStep; y <= d.bottom() + 1e-9; y += yStep) {
        const double py = mapToWidget(QPointF(d.left(), y)).y();
        const QString text = QString::number(std::abs(y) < 1e-12 ? 0.0 : y, 'g', 4);
        painter.drawLine(QPointF(plot.left() - 4, py), QPointF(plot.left(), py));
        painter.drawText(QRectF(plot.left() - kMarginLeft, py - metrics.height() / 2, kMarginLeft - 6, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

void DecisionBoundaryWidget::paintLegend(QPainter& painter, const QRectF& plot) const
{
    const QFontMetricsF metrics(painter.font());
    const double y = plot.bottom() + 10 + metrics.height() + metrics.height() / 2 + 4;
    double x = plot.left();
    auto item = [&](const QColor& fill, const QPen& pen, const QString& text) {
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(x + kPointRadius, y), kPointRadius, kPointRadius);
        painter.setPen(kText);
        x += 2 * kPointRadius + 4;
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text);
        x += metrics.horizontalAdvance(text) + 14;
    };
    const int classes = std::min(classCount(), 10);
    for (int k = 0; k < classes; ++k) {
        const QString name = k < m_classNames.size() ? m_classNames[k] : tr("Class %1").arg(k);
        item(ClassPalette::colour(k), QPen(Qt::white, 1.0), name);
    }
    if (!m_train.isEmpty())
        item(QColor(0x66, 0x66, 0x66), QPen(Qt::white, 1.0), tr("training"));
    if (!m_test.isEmpty())
        item(Qt::white, QPen(QColor(0x66, 0x66, 0x66), 2.0), tr("test"));
}

} // namespace nw
