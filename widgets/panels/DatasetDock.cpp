#include "DatasetDock.h"

#include "AugmentationEditor.h"
#include "AugmentationPreview.h"
#include "ClassDistributionChart.h"
#include "DatasetSourceForm.h"
#include "SampleTableModel.h"

#include "data/DataLoadProgress.h"
#include "model/NetworkDocument.h"
#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"
#include "training/BackgroundWatcher.h"
#include "training/PreparedDataCache.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nw {

namespace {

constexpr int kLoadDelayMs = 150; // coalesces a burst of edits (typing a sample count) into one load
const QString kOfficialFashionTest = QStringLiteral("fashion-mnist:test");

enum PreviewPage { EmptyPage, ImagePage, TablePage };

QString shapeText(const Shape& shape)
{
    QStringList parts;
    for (int d : shape)
        parts.append(QString::number(d));
    return parts.join(QStringLiteral(" × "));
}

} // namespace

DatasetDock::DatasetDock(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_source(new DatasetSourceForm(this))
    , m_loadTimer(new QTimer(this))
    , m_dataCache(std::make_shared<PreparedDataCache>())
{
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(kLoadDelayMs);

    auto* sourceBox = new QGroupBox(tr("Data"), this);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(m_source);
    m_specLabel = new QLabel(sourceBox);
    m_specLabel->setObjectName(QStringLiteral("specText"));
    m_specLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_specLabel->setWordWrap(true);
    m_specLabel->setToolTip(tr("The data spec saved in the project; netwright-cli --data takes the same text."));
    m_reloadButton = new QPushButton(tr("Reload"), sourceBox);
    m_reloadButton->setObjectName(QStringLiteral("reload"));
    m_reloadButton->setToolTip(tr("Read the data again, for example after the file changed on disk."));
    auto* specRow = new QHBoxLayout;
    specRow->addWidget(m_specLabel, 1);
    specRow->addWidget(m_reloadButton, 0, Qt::AlignTop);
    sourceLayout->addLayout(specRow);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0); // indeterminate until a loader reports how many files it reads
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelButton->setToolTip(tr("Stop reading the data; Reload reads it again."));
    m_cancelButton->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                                          " border-radius: 3px; padding: 6px; }"));
    m_error->hide();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(sourceBox);
    layout->addWidget(buildSplitBox());
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancelButton);
    layout->addLayout(busyRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buildPreview(), 1);
    layout->addWidget(buildAugmentationBox());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_source, &DatasetSourceForm::specEdited, this, &DatasetDock::writeDocument);
    connect(m_reloadButton, &QPushButton::clicked, this, &DatasetDock::reload);
    connect(m_cancelButton, &QPushButton::clicked, this, &DatasetDock::cancelLoad);
    connect(m_progressTimer, &QTimer::timeout, this, &DatasetDock::showLoadProgress);
    connect(m_loadTimer, &QTimer::timeout, this, &DatasetDock::startLoad);
    connect(m_document, &NetworkDocument::projectPartsChanged, this, &DatasetDock::refreshFromDocument);
    connect(m_document, &NetworkDocument::filePathChanged, this, &DatasetDock::refreshFromDocument);
    refreshFromDocument();
}

DatasetDock::~DatasetDock()
{
    if (m_progress)
        m_progress->cancel = true; // nobody waits for the result any more
}

void DatasetDock::cancelLoad()
{
    if (!m_loading || !m_progress)
        return;
    m_progress->cancel = true;
    m_status->setText(tr("Stopping…"));
}

void DatasetDock::showLoadProgress()
{
    if (!m_progress)
        return;
    const std::size_t total = m_progress->total.load();
    const std::size_t done = m_progress->done.load();
    if (total == 0 || m_progress->cancel)
        return;
    // QProgressBar counts in int; 100,000 files fit, and so do far larger folders in per mille.
    m_busy->setRange(0, 1000);
    m_busy->setValue(static_cast<int>(done * 1000 / total));
    // One short line: a wrapped label would change the dock's height at every update.
    m_status->setText(tr("Read %1 of %2 files…").arg(done).arg(total));
}

QWidget* DatasetDock::buildSplitBox()
{
    auto* box = new QGroupBox(tr("Split"), this);
    auto* form = new QFormLayout(box);
    m_validationFraction = new QDoubleSpinBox(box);
    m_validationFraction->setObjectName(QStringLiteral("validationFraction"));
    m_validationFraction->setToolTip(tr("Share of the samples held out to watch for overfitting after each epoch."));
    m_testFraction = new QDoubleSpinBox(box);
    m_testFraction->setObjectName(QStringLiteral("testFraction"));
    m_testFraction->setToolTip(tr("Share of the samples kept aside for the final evaluation."));
    for (QDoubleSpinBox* spin : { m_validationFraction, m_testFraction }) {
        spin->setRange(0.0, 90.0);
        spin->setDecimals(1);
        spin->setSingleStep(5.0);
        spin->setSuffix(tr(" %"));
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DatasetDock::writeDocument);
    }
    m_splitSeed = new QSpinBox(box);
    m_splitSeed->setObjectName(QStringLiteral("splitSeed"));
    m_splitSeed->setRange(0, std::numeric_limits<int>::max());
    m_splitSeed->setKeyboardTracking(false);
    m_splitSeed->setToolTip(tr("The same seed always gives the same split."));
    m_stratified = new QCheckBox(tr("Keep class proportions in every part (stratified)"), box);
    m_stratified->setObjectName(QStringLiteral("stratified"));
    form->addRow(tr("Validation:"), m_validationFraction);
    form->addRow(tr("Test:"), m_testFraction);
    form->addRow(tr("Split seed:"), m_splitSeed);
    form->addRow(m_stratified);
    connect(m_splitSeed, &QSpinBox::valueChanged, this, &DatasetDock::writeDocument);
    connect(m_stratified, &QCheckBox::toggled, this, &DatasetDock::writeDocument);
    return box;
}

QWidget* DatasetDock::buildPreview()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* previewBox = new QGroupBox(tr("Samples"), box);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewStack = new QStackedWidget(previewBox);
    auto* empty = new QLabel(tr("No data loaded yet."), m_previewStack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_previewStack->addWidget(empty);

    m_thumbnails = new QListWidget(m_previewStack);
    m_thumbnails->setObjectName(QStringLiteral("thumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setWrapping(true);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(2);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setMinimumHeight(320);
    m_thumbnails->setToolTip(tr("The first samples of the dataset; click one to inspect it."));
    m_previewStack->addWidget(m_thumbnails);

    auto* tablePage = new QWidget(m_previewStack);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_scatter = new QLabel(tablePage);
    m_scatter->setObjectName(QStringLiteral("scatter"));
    m_scatter->setAlignment(Qt::AlignCenter);
    m_scatter->setToolTip(tr("The points of the 2-D problem, coloured by class (or by value for regression)."));
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, [this] {
        if (m_dataset && !m_scatter->isHidden())
            m_scatter->setPixmap(QPixmap::fromImage(renderDatasetScatter(*m_dataset, ClassPalette::currentScheme())));
    });
    m_tableModel = new SampleTableModel(this);
    m_table = new QTableView(tablePage);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setMinimumHeight(220);
    m_table->horizontalHeader()->setStretchLastSection(true);
    tableLayout->addWidget(m_scatter);
    tableLayout->addWidget(m_table, 1);
    m_previewStack->addWidget(tablePage);
    previewLayout->addWidget(m_previewStack);

    auto* classesBox = new QGroupBox(tr("Classes per part"), box);
    auto* classesLayout = new QVBoxLayout(classesBox);
    m_distribution = new ClassDistributionChart(classesBox);
    m_distribution->setObjectName(QStringLiteral("distribution"));
    m_distributionNote = new QLabel(classesBox);
    m_distributionNote->setWordWrap(true);
    classesLayout->addWidget(m_distribution);
    classesLayout->addWidget(m_distributionNote);

    layout->addWidget(previewBox, 1);
    layout->addWidget(classesBox);

    connect(m_thumbnails, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { Q_EMIT sampleActivated(item->data(Qt::UserRole).toInt()); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT sampleActivated(index.row());
    });
    return box;
}

QWidget* DatasetDock::buildAugmentationBox()
{
    auto* box = new QGroupBox(tr("Augmentation (training images only)"), this);
    box->setObjectName(QStringLiteral("augmentationBox"));
    auto* layout = new QVBoxLayout(box);
    m_augmentationEditor = new AugmentationEditor(box);
    m_augmentationPreview = new AugmentationPreview(box);
    layout->addWidget(m_augmentationEditor);
    layout->addWidget(m_augmentationPreview);
    connect(m_augmentationEditor, &AugmentationEditor::edited, this, &DatasetDock::writeDocument);
    connect(m_thumbnails, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { showAugmentedSample(static_cast<std::size_t>(item->data(Qt::UserRole).toInt())); });
    return box;
}

void DatasetDock::showAugmentedSample(std::size_t index)
{
    m_augmentedSample = index;
    updateAugmentationPreview();
}

void DatasetDock::updateAugmentationPreview()
{
    // Training draws a sample's variations from its place in the training split; a
    // sample outside it (validation, test) is never augmented, but the grid still
    // shows what the settings do, keyed by its index.
    std::uint64_t key = m_augmentedSample;
    const auto at = std::find(m_split.train.begin(), m_split.train.end(), m_augmentedSample);
    if (at != m_split.train.end())
        key = static_cast<std::uint64_t>(at - m_split.train.begin());
    m_augmentationPreview->setSample(m_dataset, m_augmentedSample, key);
}

QString DatasetDock::baseDirectory() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
}

QString DatasetDock::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int DatasetDock::thumbnailCount() const
{
    return m_thumbnails->count();
}

void DatasetDock::refreshFromDocument()
{
    const DatasetReference& ref = m_document->dataset();
    m_refreshing = true;
    m_source->setBaseDirectory(baseDirectory());
    if (!ref.spec.isEmpty()) {
        try {
            m_source->showSpec(parseDataSpec(ref.spec.toStdString()), ref.testSpec == kOfficialFashionTest);
        } catch (const std::exception&) {
            // Shown as the load error below; the editors keep what they had.
        }
    }
    m_validationFraction->setValue(ref.validationFraction * 100.0);
    m_testFraction->setValue(ref.testFraction * 100.0);
    m_splitSeed->setValue(static_cast<int>(std::min<std::uint64_t>(ref.splitSeed, std::numeric_limits<int>::max())));
    m_stratified->setChecked(ref.stratified);
    m_augmentationEditor->setSettings(ref.augmentation);
    m_augmentationPreview->setSettings(ref.augmentation, m_document->trainingConfig().seed);
    m_testFraction->setEnabled(ref.testSpec.isEmpty());
    m_specLabel->setText(ref.spec.isEmpty() ? tr("No dataset chosen yet.")
                                            : tr("Spec: <code>%1</code>").arg(ref.spec.toHtmlEscaped()));
    updateFractionLimits();
    m_refreshing = false;

    if (ref.spec != m_loadedSpec || m_generation == 0)
        scheduleLoad();
    else
        updateSplit();
}

void DatasetDock::updateFractionLimits()
{
    // The parts must leave some training data: fractions below 1 in sum (DatasetSplit).
    m_validationFraction->setMaximum(std::max(0.0, 95.0 - m_testFraction->value()));
    m_testFraction->setMaximum(std::max(0.0, 95.0 - m_validationFraction->value()));
}

void DatasetDock::writeDocument()
{
    if (m_refreshing)
        return;
    updateFractionLimits();
    DatasetReference ref = m_document->dataset();
    if (const std::optional<DataSpec> spec = m_source->spec()) {
        ref.spec = QString::fromStdString(toString(*spec));
        if (m_source->usesOfficialTestSet())
            ref.testSpec = kOfficialFashionTest;
        else if (ref.testSpec == kOfficialFashionTest)
            ref.testSpec.clear();
    }
    ref.validationFraction = m_validationFraction->value() / 100.0;
    ref.testFraction = m_testFraction->value() / 100.0;
    ref.splitSeed = static_cast<std::uint64_t>(m_splitSeed->value());
    ref.stratified = m_stratified->isChecked();
    ref.augmentation = m_augmentationEditor->settings();
    m_document->setDataset(ref); // one change; its projectPartsChanged() refreshes us
}

void DatasetDock::reload()
{
    m_dataCache->clear(); // the person asked for the files to be read again
    m_loadedSpec.clear();
    scheduleLoad();
}

void DatasetDock::scheduleLoad()
{
    m_loadTimer->start();
}

void DatasetDock::startLoad()
{
    const QString text = m_document->dataset().spec;
    ++m_generation;
    m_loadedSpec = text;
    m_error->hide();
    if (m_progress)
        m_progress->cancel = true; // a newer load overtakes the old one: stop reading for it
    m_progress.reset();
    if (text.isEmpty()) {
        m_loading = false;
        m_busy->hide();
        m_dataset.reset();
        showPreview({});
        m_status->setText(tr("Choose where the data comes from."));
        return;
    }
    DataSpec spec;
    try {
        spec = parseDataSpec(text.toStdString());
    } catch (const std::exception& error) {
        loadFinished(DatasetPreview { text, nullptr, QString::fromStdString(error.what()) }, m_generation);
        return;
    }
    m_loading = true;
    m_progress = std::make_shared<DataLoadProgress>();
    m_busy->setRange(0, 0);
    m_busy->show();
    m_cancelButton->show();
    m_progressTimer->start();
    m_status->setText(tr("Loading %1…").arg(text));
    const quint64 generation = m_generation;
    auto* watcher = new BackgroundWatcher<DatasetPreview>(this);
    connect(watcher, &BackgroundWatcher<DatasetPreview>::finished, this, [this, watcher, generation] {
        loadFinished(watcher->result(), generation);
        watcher->deleteLater();
    });
    watcher->setTask(runInBackground([spec, base = baseDirectory(), cache = m_dataCache, progress = m_progress,
                scheme = ClassPalette::currentScheme()] {
                const ScopedDataLoadProgress reporting(progress.get());
                return loadDatasetPreview(spec, base, *cache, scheme);
            }));
}

void DatasetDock::loadFinished(const DatasetPreview& preview, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer load is under way
    m_loading = false;
    m_busy->hide();
    m_cancelButton->hide();
    m_progressTimer->stop();
    const bool cancelled = m_progress && m_progress->cancel && !preview.dataset;
    m_progress.reset();
    if (cancelled) {
        m_dataset.reset();
        m_split = {};
        showPreview({});
        m_status->setText(tr("Loading stopped. Reload reads the data again."));
        return;
    }
    if (!preview.dataset) {
        m_dataset.reset();
        m_split = {};
        showPreview({});
        m_status->clear();
        m_error->setText(tr("Could not load the data.\n%1").arg(preview.error));
        m_error->show();
        Q_EMIT loadFailed(preview.error);
        return;
    }
    m_dataset = preview.dataset;
    const Dataset& d = *m_dataset;
    QString status = d.task() == TaskKind::Classification
        ? tr("%1 samples of shape %2, %3 classes; loaded in %4 s.")
              .arg(QLocale().toString(qulonglong(d.size())), shapeText(d.sampleShape()),
                  QLocale().toString(d.classCount()), QLocale().toString(preview.seconds, 'f', 2))
        : tr("%1 samples of shape %2, regression; loaded in %3 s.")
              .arg(QLocale().toString(qulonglong(d.size())), shapeText(d.sampleShape()),
                  QLocale().toString(preview.seconds, 'f', 2));
    if (d.vocabulary() && d.vocabulary()->hasSpecialTokens())
        status += u'\n'
            + tr("Vocabulary of all %n tokens shown here; training builds its own from the training split.", nullptr,
                d.vocabulary()->size());
    for (const QString& note : preview.notes)
        status += u'\n' + note;
    m_status->setText(status);
    showPreview(preview);
    updateSplit();
    m_augmentedSample = 0;
    updateAugmentationPreview();
    Q_EMIT datasetLoaded(m_dataset, preview.specText);
}

void DatasetDock::showPreview(const DatasetPreview& preview)
{
    m_thumbnails->clear();
    m_tableModel->setDataset(nullptr, {});
    m_scatter->clear();
    m_scatter->hide();
    const Dataset* dataset = preview.dataset.get();
    if (!dataset) {
        m_augmentationPreview->setSample(nullptr, 0, 0);
        m_previewStack->setCurrentIndex(EmptyPage);
        m_distribution->clear();
        m_distributionNote->clear();
        return;
    }
    if (!preview.thumbnails.isEmpty()) {
        QSize icon(1, 1);
        for (const QImage& image : preview.thumbnails)
            icon = icon.expandedTo(image.size());
        const QFontMetrics metrics = m_thumbnails->fontMetrics();
        int labelWidth = 0;
        for (const std::string& name : dataset->classNames())
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(QString::fromStdString(name)));
        // Icon mode elides an item's text to its icon's width, so each thumbnail is
        // centred on a transparent pixmap as wide as the longest class name.
        const int width = std::max(icon.width(), std::min(labelWidth + 4, 3 * icon.width()));
        m_thumbnails->setIconSize(QSize(width, icon.height()));
        m_thumbnails->setGridSize(QSize(width + 10, icon.height() + metrics.height() + 12));
        for (int i = 0; i < preview.thumbnails.size(); ++i) {
            const bool classes = dataset->task() == TaskKind::Classification;
            const QString label
                = classes ? QString::fromStdString(dataset->classNames()[dataset->label(i)]) : QString::number(i);
            const QImage& thumbnail = preview.thumbnails[i];
            QPixmap padded(width, icon.height());
            padded.fill(Qt::transparent);
            QPainter painter(&padded);
            painter.drawImage((width - thumbnail.width()) / 2, (icon.height() - thumbnail.height()) / 2, thumbnail);
            painter.end();
            auto* item = new QListWidgetItem(QIcon(padded), label);
            item->setData(Qt::UserRole, i);
            item->setToolTip(tr("Sample %1: %2").arg(i).arg(label));
            m_thumbnails->addItem(item);
        }
        m_previewStack->setCurrentIndex(ImagePage);
    } else {
        m_tableModel->setDataset(dataset, preview.featureNames);
        m_table->resizeColumnsToContents();
        if (!preview.scatter.isNull()) {
            m_scatter->setPixmap(QPixmap::fromImage(preview.scatter));
            m_scatter->show();
        }
        m_previewStack->setCurrentIndex(TablePage);
    }
}

void DatasetDock::updateSplit()
{
    if (!m_dataset)
        return;
    const DatasetReference& ref = m_document->dataset();
    try {
        m_split = splitDataset(*m_dataset, static_cast<float>(ref.validationFraction),
            ref.testSpec.isEmpty() ? static_cast<float>(ref.testFraction) : 0.0f, ref.splitSeed, ref.stratified);
        updateAugmentationPreview(); // the sample's place in the training split may have moved
    } catch (const std::exception& error) {
        m_split = {};
        m_distribution->clear();
        m_distributionNote->setText(QString::fromStdString(error.what()));
        return;
    }
    QString note = tr("%1 training, %2 validation, %3 test samples.")
                       .arg(QLocale().toString(qulonglong(m_split.train.size())),
                           QLocale().toString(qulonglong(m_split.validation.size())),
                           QLocale().toString(qulonglong(m_split.test.size())));
    if (!ref.testSpec.isEmpty())
        note += u' ' + tr("Testing uses %1.").arg(ref.testSpec);
    if (m_dataset->task() != TaskKind::Classification) {
        m_distribution->clear();
        m_distribution->hide();
        m_distributionNote->setText(tr("Regression data has no classes. %1").arg(note));
        return;
    }
    QStringList names;
    for (const std::string& name : m_dataset->classNames())
        names.append(QString::fromStdString(name));
    m_distribution->show();
    m_distribution->setDistribution(names, m_dataset->classCounts(m_split.train),
        m_dataset->classCounts(m_split.validation), m_dataset->classCounts(m_split.test));
    m_distributionNote->setText(note);
}

} // namespace nw
