#include "SampleInspector.h"

#include "AnalysisExport.h"
#include "ProbabilityBars.h"
#include "SampleRendering.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QTableWidget>
#include <QToolButton>
#include <QEvent>
#include <QVBoxLayout>

namespace nw {

namespace {
// Large enough to see an 8x8 digit's pixels and a 32x32 photo's shapes.
constexpr int kImageSide = 196;
constexpr int kStackBelowWidth = 560;
} // namespace

SampleInspector::SampleInspector(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_image(new QLabel(this))
    , m_features(new QTableWidget(this))
    , m_details(new QLabel(this))
    , m_bars(new ProbabilityBars(this))
    , m_explain(new QToolButton(this))
{
    m_explain->setText(tr("Explain"));
    m_explain->setToolTip(tr("Why the network predicts what it does for this sample: open it in the Explain dock."));
    m_explain->setEnabled(false);
    connect(m_explain, &QToolButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT explainRequested(*m_current);
    });
    m_image->installEventFilter(this);
    m_image->setCursor(Qt::PointingHandCursor);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(kImageSide, kImageSide);
    m_features->setColumnCount(2);
    m_features->setHorizontalHeaderLabels({ tr("Feature"), tr("Value") });
    m_features->verticalHeader()->hide();
    m_features->horizontalHeader()->setStretchLastSection(true);
    m_features->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_explain);
    bar->addWidget(makeExportButton(this, this, QStringLiteral("sample"), [this] { return csv(); }));
    auto* right = new QVBoxLayout;
    right->addWidget(m_details);
    right->addWidget(m_bars);
    right->addStretch(1);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->addWidget(m_image);
    m_body->addWidget(m_features);
    m_body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(m_body, 1);
    clearView(tr("Click a sample in a gallery, a confusion cell or the decision boundary to inspect it."));
}

void SampleInspector::setResult(std::shared_ptr<const EvaluationResult> result)
{
    // The next epoch's result (or another split that holds the sample) shows the same
    // sample again: watching one sample's probabilities move is the point.
    const std::optional<std::size_t> previous = m_current;
    m_result = std::move(result);
    if (previous && m_result && m_result->positionOf(*previous) >= 0) {
        showSample(*previous);
        return;
    }
    clearView(tr("Click a sample in a gallery, a confusion cell or the decision boundary to inspect it."));
}

bool SampleInspector::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_image && event->type() == QEvent::MouseButtonRelease && m_current)
        Q_EMIT explainRequested(*m_current);
    return QWidget::eventFilter(watched, event);
}

void SampleInspector::clearView(const QString& message)
{
    m_current.reset();
    m_explain->setEnabled(false);
    m_position = -1;
    m_title->setText(message);
    m_image->clear();
    m_image->hide();
    m_features->setRowCount(0);
    m_features->hide();
    m_details->clear();
    m_bars->setProbabilities({}, {}, -1, -1);
    m_bars->hide();
}

void SampleInspector::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Beside the inspector in a narrow dock the picture goes above the bars.
    m_body->setDirection(width() < kStackBelowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool SampleInspector::showSample(std::size_t datasetIndex)
{
    const long long position = m_result ? m_result->positionOf(datasetIndex) : -1;
    if (position < 0) {
        clearView(tr("Sample %1 was not part of this evaluation.").arg(datasetIndex));
        return false;
    }
    m_current = datasetIndex;
    m_position = position;
    m_explain->setEnabled(true);
    const EvaluationResult& r = *m_result;
    const auto at = static_cast<std::size_t>(position);
    const Dataset& data = *r.dataset;
    const SampleOrigin origin = data.origin(datasetIndex);
    QString title = tr("Sample %1 of the %2 split").arg(datasetIndex).arg(dataPartName(r.part));
    if (!origin.file.empty())
        title += tr(" — %1, #%2").arg(QString::fromStdString(origin.file)).arg(origin.index);
    m_title->setText(title);

    if (isTokenDataset(data)) {
        // Token sequences read as text: the sample in large type, its tokens below.
        m_image->setText(QStringLiteral("<span style='font-size:20pt'>%1</span>")
                             .arg(sampleTokenText(data, datasetIndex).toHtmlEscaped()));
        m_image->setWordWrap(true);
        m_image->show();
        const std::vector<float> ids = data.tokenIds(datasetIndex);
        const std::vector<std::string> tokens = data.vocabulary()->decode(ids);
        m_features->setRowCount(static_cast<int>(tokens.size()));
        for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
            const std::string& token = tokens[static_cast<std::size_t>(i)];
            m_features->setItem(i, 0, new QTableWidgetItem(token == " " ? QStringLiteral("␣") : QString::fromStdString(token)));
            m_features->setItem(i, 1,
                new QTableWidgetItem(QString::number(static_cast<double>(ids[static_cast<std::size_t>(i)]), 'g', 8)));
        }
        m_features->setHorizontalHeaderLabels({ tr("Token"), tr("Id") });
        m_features->setToolTip(tr("The sample's tokens and the ids the network sees, padding left out."));
        m_features->show();
    } else if (isImageDataset(data)) {
        m_image->setWordWrap(false);
        const QImage image = renderSample(data, datasetIndex, kImageSide);
        m_image->setPixmap(
            QPixmap::fromImage(image.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio, Qt::FastTransformation)));
        m_image->show();
        m_features->hide();
    } else {
        const std::vector<float> values = sampleFeatures(data, datasetIndex);
        m_features->setHorizontalHeaderLabels({ tr("Feature"), tr("Value") });
        m_features->setRowCount(static_cast<int>(values.size()));
        for (int i = 0; i < static_cast<int>(values.size()); ++i) {
            m_features->setItem(i, 0, new QTableWidgetItem(QStringLiteral("x%1").arg(i)));
            m_features->setItem(i, 1,
                new QTableWidgetItem(
                    QString::number(static_cast<double>(values[static_cast<std::size_t>(i)]), 'g', 4)));
        }
        m_features->setToolTip(tr("Values as the network sees them (tabular data is standardised)."));
        m_features->show();
        m_image->hide();
    }

    const QString loss = QString::number(static_cast<double>(r.losses[at]), 'g', 4);
    if (r.classCount > 0) {
        const int t = r.trueClasses[at];
        const int p = r.predictedClasses[at];
        const QString verdict = t == p ? tr("<span style='color:#2a7a2a'>correct</span>")
                                       : tr("<span style='color:#c0392b'>wrong</span>");
        m_details->setText(tr("True class: <b>%1</b><br>Predicted: <b>%2</b> (%3, %4)<br>Loss on this sample: %5")
                               .arg(r.className(t).toHtmlEscaped(), r.className(p).toHtmlEscaped())
                               .arg(static_cast<double>(r.probability(at, p)), 0, 'f', 3)
                               .arg(verdict, loss));
        if (r.positionsPerSample > 1) {
            // Tagging: the rows of this sample are its positions, in order.
            QStringList truth, predicted;
            int right = 0;
            for (int k = 0; k < r.positionsPerSample; ++k) {
                truth.append(r.className(r.trueClasses[at + static_cast<std::size_t>(k)]).toHtmlEscaped());
                predicted.append(r.className(r.predictedClasses[at + static_cast<std::size_t>(k)]).toHtmlEscaped());
                right += r.trueClasses[at + static_cast<std::size_t>(k)] == r.predictedClasses[at + static_cast<std::size_t>(k)];
            }
            m_details->setText(tr("Every position is classified; the bars show position 1.<br>True: <b>%1</b><br>"
                                  "Predicted: <b>%2</b><br>%3 of %4 positions right")
                                   .arg(truth.join(QLatin1Char(' ')), predicted.join(QLatin1Char(' ')))
                                   .arg(right)
                                   .arg(r.positionsPerSample));
        }
        std::vector<float> probabilities(
            r.probabilities.begin() + static_cast<std::ptrdiff_t>(at * static_cast<std::size_t>(r.classCount)),
            r.probabilities.begin() + static_cast<std::ptrdiff_t>((at + 1) * static_cast<std::size_t>(r.classCount)));
        QStringList names;
        for (int c = 0; c < r.classCount; ++c)
            names.append(r.className(c));
        m_bars->setProbabilities(std::move(probabilities), names, t, p);
        m_bars->show();
    } else {
        QStringList outputs;
        for (int k = 0; k < r.outputsPerSample; ++k)
            outputs.append(QString::number(
                static_cast<double>(
                    r.outputs[at * static_cast<std::size_t>(r.outputsPerSample) + static_cast<std::size_t>(k)]),
                'g', 4));
        m_details->setText(tr("Predicted: %1<br>Loss on this sample (squared error): %2")
                               .arg(outputs.join(QStringLiteral(", ")), loss));
        m_bars->hide();
    }
    return true;
}

QString SampleInspector::csv() const
{
    if (!m_result || m_position < 0)
        return {};
    const EvaluationResult& r = *m_result;
    const auto at = static_cast<std::size_t>(m_position);
    QString text;
    if (r.classCount > 0) {
        text = QStringLiteral("class,probability\n");
        for (int c = 0; c < r.classCount; ++c)
            text += QStringLiteral("\"%1\",%2\n")
                        .arg(r.className(c).replace(QLatin1Char('"'), QLatin1String("\"\"")))
                        .arg(static_cast<double>(r.probability(at, c)), 0, 'g', 7);
    } else {
        text = QStringLiteral("output,value\n");
        for (int k = 0; k < r.outputsPerSample; ++k)
            text += QStringLiteral("%1,%2\n").arg(k).arg(
                static_cast<double>(
                    r.outputs[at * static_cast<std::size_t>(r.outputsPerSample) + static_cast<std::size_t>(k)]),
                0, 'g', 7);
    }
    return text + QStringLiteral("loss,%1\n").arg(static_cast<double>(r.losses[at]), 0, 'g', 7);
}

} // namespace nw
