#pragma once
// The live training charts of the main window: loss, accuracy and learning rate
// against epochs, drawn from a TrainingHistory. Owned by the main window; the
// history is not owned and must outlive the widget.
//
// Reports arrive many times a second; the charts never follow them one by one.
// The history's changed() only marks the charts dirty, and a timer redraws at most
// every kRedrawIntervalMs by handing each series the history's points with
// replace() (one repaint per series, not one per point). The timer stops when
// nothing changed, so an idle window costs nothing.
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QStackedWidget;
class QToolButton;
class QValueAxis;
class QXYSeries;

namespace nw {

class TrainingHistory;

// An earlier run's epoch curves laid over the live ones (the Runs view's Show box):
// x in epochs at each epoch's end, accuracies as fractions; empty lists are left out.
struct CurveOverlay {
    QString name;
    QColor colour;
    QList<QPointF> loss, validationLoss, accuracy, validationAccuracy;
};

class TrainingChartsWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 50;

    explicit TrainingChartsWidget(TrainingHistory* history, QWidget* parent = nullptr);
    ~TrainingChartsWidget() override;

    TrainingHistory* history() const { return m_history; }

    bool isLogScale() const { return m_logScale; }
    void setLogScale(bool on); // the loss axis; non-positive losses are left out while on

    QChart* lossChart() const;
    QChart* accuracyChart() const;
    QChart* learningRateChart() const;
    bool isShowingPlaceholder() const;
    // How many times the series were refreshed: the pacing is tested with it.
    int redrawCount() const { return m_redrawCount; }

    // Replaces the overlaid runs' curves (none: only the live run's).
    void setOverlays(const QList<CurveOverlay>& overlays);
    int overlayCount() const { return static_cast<int>(m_overlays.size()); }
    // The series drawn for the overlays, loss pane first (tests look at them).
    const QList<QLineSeries*>& overlaySeries() const { return m_overlaySeries; }

    // What hovering `point` (in the series' coordinates) on a series of these charts shows.
    QString hoverText(const QXYSeries* series, QPointF point) const;

    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportSvg(const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr);

public Q_SLOTS:
    // Redraws now if anything changed (e.g. when a run ends) instead of on the next tick.
    void flush();

Q_SIGNALS:
    void logScaleChanged(bool on);

private:
    enum class Unit { Loss, Percent, LearningRate };
    struct Pane {
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        // The desk's fonts, which presentation mode enlarges.
        QFont titleFont, legendFont, axisLabelsFont, axisTitleFont;
    };

    Pane makePane(const QString& title, const QString& yTitle);
    QLineSeries* addLine(Pane& pane, const QString& name, const QColor& colour, qreal width, Unit unit,
        Qt::PenStyle style = Qt::SolidLine);
    void attach(Pane& pane, QXYSeries* series, Unit unit);
    void markDirty();
    void onTick();
    void refresh();
    void refreshLoss(double xMax);
    void refreshAccuracy(double xMax);
    void refreshLearningRate(double xMax);
    void setXRange(Pane& pane, double xMax);
    static void setNiceRange(QValueAxis* axis, double lo, double hi, int ticks);
    void showHover(QXYSeries* series, QPointF point, bool entered);
    void chooseExport(const QString& format);
    // Line widths and fonts as DisplayPreferences asks (thicker and larger for a projector).
    void applyDisplayPreferences();

    TrainingHistory* m_history;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_logScale = false;
    int m_redrawCount = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_chartsPage = nullptr;
    QCheckBox* m_logBox = nullptr;
    QToolButton* m_exportButton = nullptr;

    Pane m_loss, m_accuracy, m_rate;
    QLogValueAxis* m_lossLog = nullptr; // in the loss chart while m_logScale, else a child of this
    QLineSeries* m_lossRaw = nullptr;
    QLineSeries* m_lossSmoothed = nullptr;
    QLineSeries* m_lossEpoch = nullptr;
    QLineSeries* m_lossValidation = nullptr;
    QLineSeries* m_accuracyRaw = nullptr;
    QLineSeries* m_accuracySmoothed = nullptr;
    QLineSeries* m_accuracyEpoch = nullptr;
    QLineSeries* m_accuracyValidation = nullptr;
    QLineSeries* m_learningRate = nullptr;
    QList<CurveOverlay> m_overlays;
    QList<QLineSeries*> m_overlaySeries;
    QHash<const QXYSeries*, Unit> m_units;
    QHash<QXYSeries*, qreal> m_baseWidths; // each line's width at the desk
};

} // namespace nw
