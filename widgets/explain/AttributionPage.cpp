#include "AttributionPage.h"

#include "analysis/AnalysisExport.h"
#include "analysis/ProbabilityBars.h"
#include "ExplainMethodForm.h"
#include "ExplainTexts.h"
#include "ExplanationView.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <numeric>

namespace nw {

namespace {
constexpr int kFormWidth = 230;
constexpr int kStackBelowWidth = 640;
constexpr int kViewWidth = 190; // a map narrower than this is hard to read
} // namespace

AttributionPage::AttributionPage(QWidget* parent)
    : QWidget(parent)
    , m_form(new ExplainMethodForm(this))
    , m_title(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_bars(new ProbabilityBars(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_opacity->setObjectName(QStringLiteral("explainOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(60);
    m_opacity->setToolTip(tr("How strongly the map covers the sample."));

    auto* figure = new QWidget(this); // what PNG and SVG export show: the maps and the bars
    auto* figureLayout = new QVBoxLayout(figure);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    figureLayout->addLayout(m_grid);
    figureLayout->addWidget(m_bars);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(makeExportButton(this, figure, QStringLiteral("explanation"), [this] { return csv(); }));

    auto* left = new QWidget(this);
    m_left = left;
    left->setMaximumWidth(kFormWidth);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_form);
    m_opacityRow = new QWidget(left);
    auto* opacityRow = new QHBoxLayout(m_opacityRow);
    opacityRow->setContentsMargins(0, 0, 0, 0);
    opacityRow->addWidget(new QLabel(tr("Opacity:"), m_opacityRow));
    opacityRow->addWidget(m_opacity, 1);
    leftLayout->addWidget(m_opacityRow);
    leftLayout->addStretch(1);

    auto* right = new QVBoxLayout;
    right->addWidget(figure);
    right->addWidget(m_status);
    right->addStretch(1);

    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->addWidget(left);
    m_body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_body, 1);

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &AttributionPage::requestChanged);
    connect(m_form, &ExplainMethodForm::changed, this, [this] {
        if (m_viewMethods != m_form->methods())
            rebuildViews();
        m_settle.start();
    });
    connect(m_form, &ExplainMethodForm::tooManyMethods, this, [this] {
        setStatus(tr("At most %1 methods side by side: untick one first.").arg(ExplainMethodForm::kMaxMethods));
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        for (ExplanationView* view : m_views)
            view->setOpacity(static_cast<float>(value) / 100.0f);
    });
    rebuildViews();
    clearSubject(tr("Click a sample in the confusion matrix's gallery, the decision boundary, the dataset preview or "
                    "the Sample dock to see why the network predicts what it does."));
}

ExplanationView* AttributionPage::view(ExplainMethod method) const
{
    for (std::size_t i = 0; i < m_viewMethods.size(); ++i)
        if (m_viewMethods[i] == method)
            return m_views[i];
    return nullptr;
}

void AttributionPage::rebuildViews()
{
    for (ExplanationView* view : m_views)
        view->deleteLater();
    m_views.clear();
    m_viewMethods = m_form->methods();
    for (ExplainMethod method : m_viewMethods) {
        auto* view = new ExplanationView(this);
        view->setObjectName(QStringLiteral("explanation_") + QString::fromStdString(explainMethodName(method)));
        view->setToolTip(ExplainTexts::methodToolTip(method));
        view->setSample(m_subject.image, m_subject.featureNames);
        view->setOpacity(static_cast<float>(m_opacity->value()) / 100.0f);
        view->setMessage(ExplainTexts::methodTitle(method), m_subject.isValid() ? tr("Computing…") : QString());
        m_views.push_back(view);
    }
    m_columns = 0;
    relayoutViews();
}

void AttributionPage::relayoutViews()
{
    const int available = std::max(
        kViewWidth, m_body->direction() == QBoxLayout::LeftToRight ? width() - kFormWidth - 30 : width() - 20);
    const int count = static_cast<int>(m_views.size());
    const int columns = std::clamp(available / kViewWidth, 1, std::max(1, count));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ExplanationView* view : m_views)
        m_grid->removeWidget(view);
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(m_views[static_cast<std::size_t>(i)], i / columns, i % columns);
}

void AttributionPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < kStackBelowWidth;
    m_body->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Above the maps the form may take the whole width; beside them, a column.
    m_left->setMaximumWidth(narrow ? QWIDGETSIZE_MAX : kFormWidth);
    relayoutViews();
}

void AttributionPage::setSubject(const ExplainSubject& subject)
{
    m_subject = subject;
    m_opacityRow->setVisible(!subject.image.isNull()); // bars have nothing to cover
    QString title = subject.title;
    if (subject.trueClass >= 0)
        title += QLatin1Char('\n') + tr("True class: %1").arg(subject.className(subject.trueClass));
    m_title->setText(title);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        m_views[i]->setSample(subject.image, subject.featureNames);
        m_views[i]->setMessage(ExplainTexts::methodTitle(m_viewMethods[i]), tr("Computing…"));
    }
    m_bars->setProbabilities({}, {}, -1, -1);
    m_bars->show();
}

void AttributionPage::clearSubject(const QString& message)
{
    m_subject = {};
    m_title->setText(message);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        m_views[i]->setSample({}, {});
        m_views[i]->setMessage(ExplainTexts::methodTitle(m_viewMethods[i]), QString());
    }
    m_bars->setProbabilities({}, {}, -1, -1);
    m_bars->hide();
    m_status->clear();
}

void AttributionPage::setComputing()
{
    for (std::size_t i = 0; i < m_views.size(); ++i)
        m_views[i]->setMessage(ExplainTexts::methodTitle(m_viewMethods[i]), tr("Computing…"), true);
}

QString AttributionPage::caption(const Explanation& e) const
{
    QStringList parts;
    if (e.target >= 0)
        parts.append(
            tr("Class %1, score %2").arg(m_subject.className(e.target)).arg(static_cast<double>(e.score), 0, 'g', 4));
    if (e.method == ExplainMethod::IntegratedGradients && e.completenessGap)
        parts.append(tr("Completeness gap %1").arg(static_cast<double>(*e.completenessGap), 0, 'g', 2));
    if (e.method == ExplainMethod::KernelShap && e.baselineScore) {
        const double sum = std::accumulate(e.featureValues.begin(), e.featureValues.end(), 0.0);
        parts.append(tr("Sum %1 = score − baseline score %2 (%3)")
                         .arg(sum, 0, 'g', 4)
                         .arg(static_cast<double>(e.score - *e.baselineScore), 0, 'g', 4)
                         .arg(e.exact ? tr("exact") : tr("sampled")));
    }
    if (e.method == ExplainMethod::Lime && e.localFit)
        parts.append(tr("Local fit R² %1").arg(static_cast<double>(*e.localFit), 0, 'f', 2));
    if (e.method == ExplainMethod::GradCam && e.map.rank() == 2)
        parts.append(tr("At %1×%2, smoothed for display").arg(e.map.dim(0)).arg(e.map.dim(1)));
    return parts.join(QLatin1Char('\n'));
}

void AttributionPage::setExplanation(ExplainMethod method, const Explanation& explanation)
{
    ExplanationView* target = view(method);
    if (!target)
        return;
    target->setExplanation(explanation, ExplainTexts::methodTitle(method), caption(explanation));
    if (!explanation.probabilities.empty())
        m_bars->setProbabilities(
            explanation.probabilities, m_subject.classNames, m_subject.trueClass, explanation.predicted);
}

void AttributionPage::setFailure(ExplainMethod method, const QString& message)
{
    if (ExplanationView* target = view(method))
        target->setMessage(ExplainTexts::methodTitle(method), message);
}

void AttributionPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString AttributionPage::csv() const
{
    QString text;
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        const QString body = m_views[i]->csv();
        if (body.isEmpty())
            continue;
        const QString name = QString::fromStdString(explainMethodName(m_viewMethods[i]));
        QStringList lines = body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (text.isEmpty())
            text += QStringLiteral("method,") + lines.first() + QLatin1Char('\n');
        for (int l = 1; l < lines.size(); ++l)
            text += name + QLatin1Char(',') + lines[l] + QLatin1Char('\n');
    }
    return text;
}

} // namespace nw
