#include "TrainingChartsWidget.h"

#include "TrainingHistory.h"

#include "style/DisplayPreferences.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw {

namespace {

using Series = TrainingHistory::Series;

// Readable on white, and told apart by the colour-blind (Tableau 10).
const QColor kTrainColour(0x1f, 0x77, 0xb4);
const QColor kTrainEpochColour(0x0b, 0x3c, 0x6b);
const QColor kValidationColour(0xe0, 0x6c, 0x00);
const QColor kRateColour(0x6a, 0x3d, 0x9a);

// Few epochs: mark each one; many: the markers would hide the lines.
constexpr int kMaxEpochMarkers = 40;

QColor faint(QColor colour)
{
    colour.setAlpha(45);
    return colour;
}

// A tick step of 1, 2, 2.5 or 5 times a power of ten, giving about `ticks` intervals.
double niceStep(double range, int ticks)
{
    if (!(range > 0.0))
        return 1.0;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0})
        if (raw <= f * magnitude * 1.0000001)
            return f * magnitude;
    return 10.0 * magnitude;
}

QList<QPointF> scaled(const QList<QPointF>& points, double factor)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF& p : points)
        out.append(QPointF(p.x(), p.y() * factor));
    return out;
}

QList<QPointF> positiveOnly(const QList<QPointF>& points)
{
    if (std::all_of(points.begin(), points.end(), [](const QPointF& p) { return p.y() > 0.0; }))
        return points; // shared, no copy
    QList<QPointF> out;
    for (const QPointF& p : points)
        if (p.y() > 0.0)
            out.append(p);
    return out;
}

struct Span {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(const QList<QPointF>& points)
    {
        for (const QPointF& p : points)
            if (std::isfinite(p.y())) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
    }
    bool valid() const { return lo <= hi; }
};

} // namespace

TrainingChartsWidget::TrainingChartsWidget(TrainingHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
{
    Q_ASSERT(history);
    m_timer.setInterval(kRedrawIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrainingChartsWidget::onTick);
    connect(m_history, &TrainingHistory::changed, this, &TrainingChartsWidget::markDirty);

    m_logBox = new QCheckBox(tr("Log scale"), this);
    m_logBox->setToolTip(tr("Show the loss on a logarithmic axis, where late, small improvements stay visible"));
    connect(m_logBox, &QCheckBox::toggled, this, &TrainingChartsWidget::setLogScale);

    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the charts as a picture, or the numbers behind them as CSV"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_exportButton);
    connect(menu->addAction(tr("Charts as PNG…")), &QAction::triggered, this,
        [this] { chooseExport(QStringLiteral("png")); });
    connect(menu->addAction(tr("Charts as SVG…")), &QAction::triggered, this,
        [this] { chooseExport(QStringLiteral("svg")); });
    connect(menu->addAction(tr("Data as CSV…")), &QAction::triggered, this,
        [this] { chooseExport(QStringLiteral("csv")); });
    m_exportButton->setMenu(menu);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addStretch(1);
    bar->addWidget(m_logBox);
    bar->addWidget(m_exportButton);

    m_loss = makePane(tr("Loss"), tr("Loss"));
    // Drawn in this order: the smoothed training curve, the main line, on top.
    m_lossRaw = addLine(m_loss, tr("Train, per batch"), faint(kTrainColour), 1.0, Unit::Loss);
    m_lossEpoch = addLine(m_loss, tr("Train, epoch"), kTrainEpochColour, 1.2, Unit::Loss, Qt::DashLine);
    m_lossValidation = addLine(m_loss, tr("Validation"), kValidationColour, 2.0, Unit::Loss);
    m_lossSmoothed = addLine(m_loss, tr("Train, smoothed"), kTrainColour, 2.0, Unit::Loss);
    m_lossLog = new QLogValueAxis(this);
    m_lossLog->setBase(10.0);
    m_lossLog->setLabelFormat(QStringLiteral("%g"));
    m_lossLog->setTitleText(tr("Loss (log scale)"));
    m_lossLog->setMinorTickCount(8);

    m_accuracy = makePane(tr("Accuracy"), tr("Accuracy (%)"));
    m_accuracyRaw = addLine(m_accuracy, tr("Train, per batch"), faint(kTrainColour), 1.0, Unit::Percent);
    m_accuracyEpoch = addLine(m_accuracy, tr("Train, epoch"), kTrainEpochColour, 1.2, Unit::Percent, Qt::DashLine);
    m_accuracyValidation = addLine(m_accuracy, tr("Validation"), kValidationColour, 2.0, Unit::Percent);
    m_accuracySmoothed = addLine(m_accuracy, tr("Train, smoothed"), kTrainColour, 2.0, Unit::Percent);
    m_accuracy.y->setRange(0.0, 100.0);
    m_accuracy.y->setTickCount(6);
    m_accuracy.y->setLabelFormat(QStringLiteral("%.0f"));

    m_rate = makePane(tr("Learning rate"), tr("Learning rate"));
    m_learningRate = addLine(m_rate, tr("Learning rate"), kRateColour, 2.0, Unit::LearningRate);
    m_rate.chart->legend()->hide();

    m_chartsPage = new QWidget;
    auto* charts = new QHBoxLayout(m_chartsPage);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(2);
    charts->addWidget(m_loss.view, 5);
    charts->addWidget(m_accuracy.view, 5);
    charts->addWidget(m_rate.view, 3);

    m_placeholder = new QLabel(tr("Press Train to see the loss fall.\n\n"
                                  "Loss, accuracy and learning rate appear here while the network learns."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_chartsPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    applyDisplayPreferences();
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this,
        &TrainingChartsWidget::applyDisplayPreferences);
    refresh();
    m_redrawCount = 0; // the empty start-up state is not a redraw
}

// Whichever loss axis is out of the chart is a child of this widget.
TrainingChartsWidget::~TrainingChartsWidget() = default;

TrainingChartsWidget::Pane TrainingChartsWidget::makePane(const QString& title, const QString& yTitle)
{
    Pane pane;
    pane.chart = new QChart;
    pane.chart->setTitle(title);
    QFont titleFont = pane.chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    pane.chart->setTitleFont(titleFont);
    pane.chart->setMargins(QMargins(4, 4, 8, 4));
    pane.chart->setBackgroundRoundness(0);
    pane.chart->setAnimationOptions(QChart::NoAnimation);
    QFont legendFont = pane.chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    pane.chart->legend()->setFont(legendFont);
    pane.chart->legend()->setAlignment(Qt::AlignBottom);

    pane.x = new QValueAxis;
    pane.x->setTitleText(tr("Epoch"));
    pane.x->setLabelFormat(QStringLiteral("%g"));
    pane.x->setRange(0.0, 1.0);
    pane.chart->addAxis(pane.x, Qt::AlignBottom);
    pane.y = new QValueAxis;
    pane.y->setTitleText(yTitle);
    pane.y->setLabelFormat(QStringLiteral("%g"));
    pane.chart->addAxis(pane.y, Qt::AlignLeft);
    for (QValueAxis* axis : {pane.x, pane.y}) {
        axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
        axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
        axis->setTitleBrush(QColor(0x33, 0x33, 0x33));
    }

    pane.titleFont = titleFont;
    pane.legendFont = legendFont;
    pane.axisLabelsFont = pane.x->labelsFont();
    pane.axisTitleFont = pane.x->titleFont();

    pane.view = new QChartView(pane.chart);
    pane.view->setRenderHint(QPainter::Antialiasing);
    pane.view->setMinimumSize(220, 180);
    return pane;
}

void TrainingChartsWidget::attach(Pane& pane, QXYSeries* series, Unit unit)
{
    pane.chart->addSeries(series);
    series->attachAxis(pane.x);
    series->attachAxis(pane.y);
    m_units.insert(series, unit);
    connect(series, &QXYSeries::hovered, this,
        [this, series](const QPointF& point, bool state) { showHover(series, point, state); });
}

QLineSeries* TrainingChartsWidget::addLine(Pane& pane, const QString& name, const QColor& colour, qreal width, Unit unit,
    Qt::PenStyle style)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour, width * DisplayPreferences::instance().lineScale(), style);
    pen.setCapStyle(Qt::RoundCap);
    series->setPen(pen);
    m_baseWidths.insert(series, width);
    attach(pane, series, unit);
    return series;
}

void TrainingChartsWidget::applyDisplayPreferences()
{
    const DisplayPreferences& preferences = DisplayPreferences::instance();
    for (auto it = m_baseWidths.cbegin(); it != m_baseWidths.cend(); ++it) {
        QPen pen = it.key()->pen();
        pen.setWidthF(it.value() * preferences.lineScale());
        it.key()->setPen(pen);
    }
    const auto scaled = [&](QFont font) {
        font.setPointSizeF(font.pointSizeF() * preferences.fontScale());
        return font;
    };
    for (Pane* pane : { &m_loss, &m_accuracy, &m_rate }) {
        pane->chart->setTitleFont(scaled(pane->titleFont));
        pane->chart->legend()->setFont(scaled(pane->legendFont));
        QList<QAbstractAxis*> axes = pane->chart->axes();
        if (pane == &m_loss && m_lossLog)
            axes.append(m_lossLog); // out of the chart while the scale is linear
        for (QAbstractAxis* axis : axes) {
            axis->setLabelsFont(scaled(pane->axisLabelsFont));
            axis->setTitleFont(scaled(pane->axisTitleFont));
        }
    }
}

QChart* TrainingChartsWidget::lossChart() const
{
    return m_loss.chart;
}

QChart* TrainingChartsWidget::accuracyChart() const
{
    return m_accuracy.chart;
}

QChart* TrainingChartsWidget::learningRateChart() const
{
    return m_rate.chart;
}

bool TrainingChartsWidget::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void TrainingChartsWidget::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void TrainingChartsWidget::onTick()
{
    if (!m_dirty) {
        m_timer.stop(); // quiet: wake again on the next change
        return;
    }
    refresh();
}

void TrainingChartsWidget::flush()
{
    if (m_dirty)
        refresh();
}

void TrainingChartsWidget::setOverlays(const QList<CurveOverlay>& overlays)
{
    for (QLineSeries* series : std::as_const(m_overlaySeries)) {
        m_units.remove(series);
        m_baseWidths.remove(series);
        series->chart()->removeSeries(series);
        delete series;
    }
    m_overlaySeries.clear();
    m_overlays = overlays;
    for (const CurveOverlay& overlay : m_overlays) {
        const auto add = [&](Pane& pane, const QString& name, const QList<QPointF>& points, Unit unit, Qt::PenStyle style) {
            if (points.isEmpty())
                return;
            QLineSeries* series = addLine(pane, name, overlay.colour, 1.6, unit, style);
            if (&pane == &m_loss && m_logScale) { // the loss chart's y axis is the log one now
                series->detachAxis(m_loss.y);
                series->attachAxis(m_lossLog);
            }
            series->replace(unit == Unit::Percent ? scaled(points, 100.0) : points);
            m_overlaySeries.append(series);
        };
        add(m_loss, tr("%1: training").arg(overlay.name), overlay.loss, Unit::Loss, Qt::SolidLine);
        add(m_loss, tr("%1: validation").arg(overlay.name), overlay.validationLoss, Unit::Loss, Qt::DashLine);
        add(m_accuracy, tr("%1: training").arg(overlay.name), overlay.accuracy, Unit::Percent, Qt::SolidLine);
        add(m_accuracy, tr("%1: validation").arg(overlay.name), overlay.validationAccuracy, Unit::Percent,
            Qt::DashLine);
    }
    m_dirty = true;
    refresh();
}

void TrainingChartsWidget::refresh()
{
    m_dirty = false;
    ++m_redrawCount;
    const bool empty = m_history->isEmpty() && m_overlays.isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_placeholder) : m_chartsPage);
    m_exportButton->setEnabled(!m_history->isEmpty());
    double xMax = std::max(1.0, m_history->lastEpochPosition());
    for (const CurveOverlay& overlay : std::as_const(m_overlays))
        for (const QList<QPointF>* points : { &overlay.loss, &overlay.validationLoss })
            if (!points->isEmpty())
                xMax = std::max(xMax, points->back().x());
    refreshLoss(xMax);
    refreshAccuracy(xMax);
    refreshLearningRate(xMax);
}

// Ticks at multiples of a nice step from lo up to the first tick at or past hi
// (0..120 with ticks of 20, not 0..150). Unlike applyNiceNumbers(), the same
// data always gives the same axis, however often it is applied.
void TrainingChartsWidget::setNiceRange(QValueAxis* axis, double lo, double hi, int ticks)
{
    const double step = niceStep(hi - lo, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(std::floor(lo / step + 1e-9) * step, std::ceil(hi / step - 1e-9) * step);
}

void TrainingChartsWidget::setXRange(Pane& pane, double xMax)
{
    // About one label per 70 pixels of plot: a narrow pane (the learning rate
    // beside two wide ones) would otherwise elide every label to "1...".
    const int width = static_cast<int>(pane.chart->plotArea().width());
    const int ticks = width > 0 ? std::clamp(width / 70, 2, 6) : 6;
    setNiceRange(pane.x, 0.0, xMax, ticks);
}

void TrainingChartsWidget::refreshLoss(double xMax)
{
    auto points = [this](Series s) {
        const QList<QPointF>& p = m_history->points(s);
        return m_logScale ? positiveOnly(p) : p;
    };
    const QList<QPointF> raw = points(Series::BatchLoss);
    const QList<QPointF> smoothed = points(Series::BatchLossSmoothed);
    const QList<QPointF> epoch = points(Series::EpochTrainLoss);
    const QList<QPointF> validation = points(Series::EpochValidationLoss);
    m_lossRaw->replace(raw);
    m_lossSmoothed->replace(smoothed);
    m_lossEpoch->replace(epoch);
    m_lossValidation->replace(validation);
    const bool markers = m_history->epochsReceived() <= kMaxEpochMarkers;
    m_lossEpoch->setPointsVisible(markers);
    m_lossValidation->setPointsVisible(markers);
    setXRange(m_loss, xMax);

    Span span;
    for (const QList<QPointF>* p : {&raw, &smoothed, &epoch, &validation})
        span.add(*p);
    for (const CurveOverlay& overlay : std::as_const(m_overlays))
        for (const QList<QPointF>* p : { &overlay.loss, &overlay.validationLoss })
            span.add(m_logScale ? positiveOnly(*p) : *p);
    if (m_logScale) {
        double lo = span.valid() ? std::pow(10.0, std::floor(std::log10(span.lo))) : 0.01;
        double hi = span.valid() ? std::pow(10.0, std::ceil(std::log10(span.hi))) : 10.0;
        if (hi <= lo)
            hi = lo * 10.0;
        // Nudged outwards: the axis finds its first tick with ceil(log10(min)), and
        // log10(0.001) rounds to just above -3, which would drop the bottom label.
        m_lossLog->setRange(lo * 0.9999, hi * 1.0001);
    } else {
        const double hi = span.valid() && span.hi > 0.0 ? span.hi * 1.02 : 1.0;
        const double lo = span.valid() ? std::min(0.0, span.lo) : 0.0;
        setNiceRange(m_loss.y, lo, hi, 5);
    }
}

void TrainingChartsWidget::refreshAccuracy(double xMax)
{
    m_accuracyRaw->replace(scaled(m_history->points(Series::BatchAccuracy), 100.0));
    m_accuracySmoothed->replace(scaled(m_history->points(Series::BatchAccuracySmoothed), 100.0));
    m_accuracyEpoch->replace(scaled(m_history->points(Series::EpochTrainAccuracy), 100.0));
    m_accuracyValidation->replace(scaled(m_history->points(Series::EpochValidationAccuracy), 100.0));
    const bool markers = m_history->epochsReceived() <= kMaxEpochMarkers;
    m_accuracyEpoch->setPointsVisible(markers);
    m_accuracyValidation->setPointsVisible(markers);
    setXRange(m_accuracy, xMax);
    // A loss without accuracy (regression) leaves nothing to show.
    bool overlaidAccuracy = false;
    for (const CurveOverlay& overlay : std::as_const(m_overlays))
        overlaidAccuracy = overlaidAccuracy || !overlay.accuracy.isEmpty();
    m_accuracy.view->setVisible(m_history->isEmpty() ? (m_overlays.isEmpty() || overlaidAccuracy) : m_history->hasAccuracy());
}

void TrainingChartsWidget::refreshLearningRate(double xMax)
{
    const QList<QPointF>& batches = m_history->points(Series::BatchLearningRate);
    const QList<QPointF>& points = batches.isEmpty() ? m_history->points(Series::EpochLearningRate) : batches;
    m_learningRate->replace(points);
    setXRange(m_rate, xMax);
    Span span;
    span.add(points);
    const double hi = span.valid() && span.hi > 0.0 ? span.hi * 1.15 : 1.0;
    setNiceRange(m_rate.y, 0.0, hi, 4);
}

void TrainingChartsWidget::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    QAbstractAxis* from = on ? static_cast<QAbstractAxis*>(m_loss.y) : m_lossLog;
    QAbstractAxis* to = on ? static_cast<QAbstractAxis*>(m_lossLog) : m_loss.y;
    const QList<QAbstractSeries*> series = m_loss.chart->series();
    for (QAbstractSeries* s : series)
        s->detachAxis(from);
    m_loss.chart->removeAxis(from);
    from->setParent(this); // the chart let go of it
    m_loss.chart->addAxis(to, Qt::AlignLeft);
    for (QAbstractSeries* s : series)
        s->attachAxis(to);
    if (m_logBox->isChecked() != on)
        m_logBox->setChecked(on);
    refresh();
    Q_EMIT logScaleChanged(on);
}

QString TrainingChartsWidget::hoverText(const QXYSeries* series, QPointF point) const
{
    if (!series || series->count() == 0)
        return QString();
    // The nearest point along x: series points are in x order.
    const QList<QPointF> points = series->points();
    auto it = std::lower_bound(points.begin(), points.end(), point.x(),
        [](const QPointF& p, double x) { return p.x() < x; });
    if (it == points.end())
        --it;
    else if (it != points.begin() && point.x() - (it - 1)->x() < it->x() - point.x())
        --it;
    const QPointF p = *it;
    const QString epoch = std::abs(p.x() - std::round(p.x())) < 1e-9 ? QString::number(qRound64(p.x()))
                                                                     : QString::number(p.x(), 'f', 2);
    QString value;
    switch (m_units.value(series, Unit::Loss)) {
    case Unit::Loss:
        value = QString::number(p.y(), 'g', 4);
        break;
    case Unit::Percent:
        value = tr("%1%").arg(QString::number(p.y(), 'f', 1));
        break;
    case Unit::LearningRate:
        value = QString::number(p.y(), 'g', 3);
        break;
    }
    return tr("Epoch %1\n%2: %3").arg(epoch, series->name(), value);
}

void TrainingChartsWidget::showHover(QXYSeries* series, QPointF point, bool entered)
{
    if (entered)
        QToolTip::showText(QCursor::pos(), hoverText(series, point), this);
    else
        QToolTip::hideText();
}

bool TrainingChartsWidget::exportPng(const QString& path, QString* error)
{
    flush();
    const QPixmap pixmap = m_chartsPage->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrainingChartsWidget::exportSvg(const QString& path, QString* error)
{
    flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(m_chartsPage->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_chartsPage->size()));
        generator.setTitle(tr("Training charts"));
        generator.setDescription(tr("Loss, accuracy and learning rate, exported from Netwright"));
        QPainter painter(&generator);
        m_chartsPage->render(&painter);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrainingChartsWidget::exportCsv(const QString& path, QString* error)
{
    return m_history->exportCsv(path, error);
}

void TrainingChartsWidget::chooseExport(const QString& format)
{
    const QString filter = format == QLatin1String("png") ? tr("PNG images (*.png)")
        : format == QLatin1String("svg")                  ? tr("SVG drawings (*.svg)")
                                                          : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export training charts"),
        tr("training.%1").arg(format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    QString error;
    const bool ok = format == QLatin1String("png") ? exportPng(path, &error)
        : format == QLatin1String("svg")           ? exportSvg(path, &error)
                                                   : exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace nw
