#include "DatasetSourceForm.h"

#include "PathEdit.h"
#include "TokenSourcePage.h"

#include "data/CsvTable.h"
#include "data/IdxDataset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nw {

namespace {

// The column names as the loader will name them. CsvTable::readHeader reads only
// the header row, so a huge table costs nothing here (the loader reads it all,
// off the GUI thread).
QStringList csvHeader(const QString& path, char delimiter, QString* problem)
{
    QStringList names;
    try {
        for (const std::string& name : CsvTable::readHeader(path.toStdString(), delimiter))
            names.append(QString::fromStdString(name));
    } catch (const DataError& error) {
        *problem = QString::fromStdString(error.what());
    }
    return names;
}

// The spec's value of an option, or the option's default from the kind table.
QString option(const DataSpec& spec, const char* key)
{
    const DataKind* kind = DataKind::find(spec.kind);
    return kind ? QString::fromStdString(kind->optionValue(spec, key)) : QString();
}

QString defaultOf(DataKindId kind, const char* key)
{
    return QString::fromStdString(DataKind::get(kind).option(key)->defaultValue);
}

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

DatasetSourceForm::DatasetSourceForm(QWidget* parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
{
    m_source->setObjectName(QStringLiteral("source"));
    addSource(DataKindId::Toy, tr("Built-in generator"), buildToyPage());
    addSource(DataKindId::Bundled, tr("Bundled dataset"), buildBundledPage());
    addSource(DataKindId::FashionMnist, tr("Fashion-MNIST"), buildFashionPage());
    addSource(DataKindId::Idx, tr("IDX files (MNIST style)"), buildIdxPage());
    addSource(DataKindId::Csv, tr("CSV table"), buildCsvPage());
    addSource(DataKindId::Images, tr("Image folder"), buildImagesPage());
    addSource(DataKindId::Npy, tr("NumPy arrays (.npy)"), buildNpyPage());
    // Token sequences: a page each, built by TokenSourcePage.
    for (const auto& [kind, title] : { std::pair { DataKindId::Sequence, tr("Built-in sequence task") },
             std::pair { DataKindId::Text, tr("Labelled texts") },
             std::pair { DataKindId::Words, tr("Which language is a word?") } }) {
        auto* page = new TokenSourcePage(kind);
        page->setSpecPath([this](const QString& path) { return specPath(path); });
        connect(page, &TokenSourcePage::edited, this, &DatasetSourceForm::edited);
        m_tokenPages[kind] = page;
        addSource(kind, title, page);
    }

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Source:"), m_source);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    // A stacked widget is as tall as its tallest page; let only the current page count.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i)
            m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_pages->adjustSize();
    });
    Q_EMIT m_pages->currentChanged(0);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        edited();
    });
}

void DatasetSourceForm::addSource(DataKindId kind, const QString& title, QWidget* page)
{
    m_source->addItem(title, static_cast<int>(kind));
    m_pages->addWidget(page);
}

DataKindId DatasetSourceForm::currentKind() const
{
    return static_cast<DataKindId>(m_source->currentData().toInt());
}

QWidget* DatasetSourceForm::buildToyPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_toyKind = new QComboBox(page);
    m_toyKind->setObjectName(QStringLiteral("toyKind"));
    m_toyKind->addItem(tr("Circle"), QStringLiteral("circle"));
    m_toyKind->addItem(tr("Exclusive or (XOR)"), QStringLiteral("xor"));
    m_toyKind->addItem(tr("Two Gaussians"), QStringLiteral("gaussians"));
    m_toyKind->addItem(tr("Spiral"), QStringLiteral("spiral"));
    m_toyKind->addItem(tr("Plane (regression)"), QStringLiteral("plane"));
    m_toyKind->addItem(tr("Multi-Gaussian (regression)"), QStringLiteral("multi_gaussian"));
    m_toySamples = new QSpinBox(page);
    m_toySamples->setObjectName(QStringLiteral("toySamples"));
    m_toySamples->setRange(1, 1000000);
    m_toySamples->setValue(defaultOf(DataKindId::Toy, "samples").toInt());
    m_toySamples->setSingleStep(100);
    m_toyNoise = new QDoubleSpinBox(page);
    m_toyNoise->setObjectName(QStringLiteral("toyNoise"));
    m_toyNoise->setRange(0.0, 1.0);
    m_toyNoise->setSingleStep(0.05);
    m_toyNoise->setValue(defaultOf(DataKindId::Toy, "noise").toDouble());
    m_toyNoise->setToolTip(tr("0 is clean; 1 is TensorFlow Playground's noise slider at its maximum."));
    m_toySeed = new QSpinBox(page);
    m_toySeed->setObjectName(QStringLiteral("toySeed"));
    m_toySeed->setRange(0, std::numeric_limits<int>::max());
    m_toySeed->setValue(defaultOf(DataKindId::Toy, "seed").toInt());
    for (QAbstractSpinBox* spin : { static_cast<QAbstractSpinBox*>(m_toySamples),
             static_cast<QAbstractSpinBox*>(m_toyNoise), static_cast<QAbstractSpinBox*>(m_toySeed) })
        spin->setKeyboardTracking(false);
    form->addRow(tr("Problem:"), m_toyKind);
    form->addRow(tr("Samples:"), m_toySamples);
    form->addRow(tr("Noise:"), m_toyNoise);
    form->addRow(tr("Seed:"), m_toySeed);
    connect(m_toyKind, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    connect(m_toySamples, &QSpinBox::valueChanged, this, &DatasetSourceForm::edited);
    connect(m_toyNoise, &QDoubleSpinBox::valueChanged, this, &DatasetSourceForm::edited);
    connect(m_toySeed, &QSpinBox::valueChanged, this, &DatasetSourceForm::edited);
    return page;
}

QWidget* DatasetSourceForm::buildBundledPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_bundledName = new QComboBox(page);
    m_bundledName->setObjectName(QStringLiteral("bundledName"));
    m_bundledName->addItem(tr("Iris flowers (150 × 4 measurements, 3 species)"), QStringLiteral("iris"));
    m_bundledName->addItem(tr("Handwritten digits (1,797 images of 8 × 8)"), QStringLiteral("digits"));
    form->addRow(tr("Dataset:"), m_bundledName);
    connect(m_bundledName, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    return page;
}

QWidget* DatasetSourceForm::buildFashionPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_fashionPart = new QComboBox(page);
    m_fashionPart->setObjectName(QStringLiteral("fashionPart"));
    m_fashionPart->addItem(tr("Training images (60,000)"), QStringLiteral("train"));
    m_fashionPart->addItem(tr("Test images (10,000)"), QStringLiteral("test"));
    m_fashionOfficialTest = new QCheckBox(tr("Test on the official 10,000 test images"), page);
    m_fashionOfficialTest->setObjectName(QStringLiteral("fashionOfficialTest"));
    m_fashionOfficialTest->setToolTip(tr("Uses fashion-mnist:test as the test set; the training images are then "
                                         "split into training and validation only."));
    m_fashionNote = new QLabel(page);
    m_fashionNote->setWordWrap(true);
    m_fashionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Part:"), m_fashionPart);
    form->addRow(m_fashionOfficialTest);
    form->addRow(m_fashionNote);
    refreshFashionNote();
    connect(m_fashionPart, &QComboBox::currentIndexChanged, this, [this] {
        m_fashionOfficialTest->setEnabled(m_fashionPart->currentData().toString() == QLatin1String("train"));
        edited();
    });
    connect(m_fashionOfficialTest, &QCheckBox::toggled, this, &DatasetSourceForm::edited);
    return page;
}

void DatasetSourceForm::refreshFashionNote()
{
    const QString dir = QString::fromStdString(fashionMnistDirectory());
    const bool present = QFileInfo::exists(dir + QStringLiteral("/train-images-idx3-ubyte.gz"));
    m_fashionNote->setText(present
            ? tr("Read from %1.").arg(QDir::toNativeSeparators(dir))
            : tr("Not installed: %1 holds no Fashion-MNIST files. Set NETWRIGHT_FASHION_MNIST to the folder "
                 "with the four .gz files.")
                  .arg(QDir::toNativeSeparators(dir)));
}

PathEdit* DatasetSourceForm::addPath(bool directory, const QString& title, const QString& filter)
{
    auto* edit = new PathEdit(directory ? PathEdit::Mode::Directory : PathEdit::Mode::OpenFile, title, filter);
    connect(edit, &PathEdit::pathChanged, this, &DatasetSourceForm::edited);
    return edit;
}

QWidget* DatasetSourceForm::buildIdxPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QString filter = tr("IDX files (*-ubyte *-ubyte.gz *.idx* *.gz);;All files (*)");
    m_idxImages = addPath(false, tr("Choose the IDX images file"), filter);
    m_idxImages->setObjectName(QStringLiteral("idxImages"));
    m_idxLabels = addPath(false, tr("Choose the IDX labels file"), filter);
    m_idxLabels->setObjectName(QStringLiteral("idxLabels"));
    form->addRow(tr("Images:"), m_idxImages);
    form->addRow(tr("Labels:"), m_idxLabels);
    return page;
}

QWidget* DatasetSourceForm::buildNpyPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QString filter = tr("NumPy arrays (*.npy);;All files (*)");
    m_npyFeatures = addPath(false, tr("Choose the features (.npy)"), filter);
    m_npyFeatures->setObjectName(QStringLiteral("npyFeatures"));
    m_npyTargets = addPath(false, tr("Choose the targets (.npy)"), filter);
    m_npyTargets->setObjectName(QStringLiteral("npyTargets"));
    form->addRow(tr("Features:"), m_npyFeatures);
    form->addRow(tr("Targets:"), m_npyTargets);
    return page;
}

QWidget* DatasetSourceForm::buildCsvPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_csvPath = addPath(false, tr("Choose a CSV table"), tr("CSV tables (*.csv *.tsv *.txt);;All files (*)"));
    m_csvPath->setObjectName(QStringLiteral("csvPath"));
    m_csvTarget = new QComboBox(page);
    m_csvTarget->setObjectName(QStringLiteral("csvTarget"));
    m_csvTarget->setToolTip(tr("The column the network learns to predict; the others become features."));
    m_csvMissing = new QComboBox(page);
    m_csvMissing->setObjectName(QStringLiteral("csvMissing"));
    m_csvMissing->addItem(tr("Drop rows with missing values"), QStringLiteral("drop"));
    m_csvMissing->addItem(tr("Fill in the column mean"), QStringLiteral("mean"));
    m_csvDelimiter = new QComboBox(page);
    m_csvDelimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_csvDelimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_csvDelimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_csvDelimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_csvNote = new QLabel(page);
    m_csvNote->setWordWrap(true);
    m_csvNote->hide();
    form->addRow(tr("File:"), m_csvPath);
    form->addRow(tr("Separator:"), m_csvDelimiter);
    form->addRow(tr("Target column:"), m_csvTarget);
    form->addRow(tr("Missing values:"), m_csvMissing);
    form->addRow(m_csvNote);
    // A new file or separator changes the columns: refill the target list first,
    // so the spec written names a column of the new header.
    disconnect(m_csvPath, &PathEdit::pathChanged, this, nullptr);
    connect(m_csvPath, &PathEdit::pathChanged, this, [this] {
        refreshCsvColumns({});
        edited();
    });
    connect(m_csvDelimiter, &QComboBox::currentIndexChanged, this, [this] {
        refreshCsvColumns(m_csvTarget->currentText());
        edited();
    });
    connect(m_csvTarget, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    connect(m_csvMissing, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    return page;
}

QWidget* DatasetSourceForm::buildImagesPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_imagesDir = addPath(true, tr("Choose a folder with one subfolder per class"), {});
    m_imagesDir->setObjectName(QStringLiteral("imagesDir"));
    m_imageWidth = new QSpinBox(page);
    m_imageWidth->setObjectName(QStringLiteral("imageWidth"));
    m_imageHeight = new QSpinBox(page);
    m_imageHeight->setObjectName(QStringLiteral("imageHeight"));
    const QStringList defaultSize = defaultOf(DataKindId::Images, "size").split(u'x');
    for (QSpinBox* spin : { m_imageWidth, m_imageHeight }) {
        spin->setRange(1, 4096);
        spin->setValue(defaultSize.value(spin == m_imageWidth ? 0 : 1).toInt());
        spin->setSuffix(tr(" px"));
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &DatasetSourceForm::edited);
    }
    auto* size = new QHBoxLayout;
    size->addWidget(m_imageWidth);
    size->addWidget(new QLabel(tr("×"), page));
    size->addWidget(m_imageHeight);
    size->addStretch(1);
    m_imageColor = new QComboBox(page);
    m_imageColor->setObjectName(QStringLiteral("imageColor"));
    m_imageColor->addItem(tr("Grayscale"), QStringLiteral("gray"));
    m_imageColor->addItem(tr("Colour (RGB)"), QStringLiteral("rgb"));
    m_imageFit = new QComboBox(page);
    m_imageFit->setObjectName(QStringLiteral("imageFit"));
    m_imageFit->addItem(tr("Stretch to the size"), QStringLiteral("stretch"));
    m_imageFit->addItem(tr("Scale, then cut out the centre"), QStringLiteral("crop"));
    m_imageFit->setToolTip(tr("Cutting out the centre keeps shapes as they are; stretching squashes images of "
                              "another aspect ratio."));
    m_imageNormalize = new QComboBox(page);
    m_imageNormalize->setObjectName(QStringLiteral("imageNormalize"));
    m_imageNormalize->addItem(tr("None (pixels from 0 to 1)"), QStringLiteral("none"));
    m_imageNormalize->addItem(tr("Mean and spread of the training images"), QStringLiteral("train"));
    m_imageNormalize->setToolTip(tr("Per colour channel, subtract the mean and divide by the standard deviation, "
                                    "measured on the training split only."));
    m_imageSkipUnreadable = new QCheckBox(tr("Skip files that are not readable images"), page);
    m_imageSkipUnreadable->setObjectName(QStringLiteral("imageSkipUnreadable"));
    form->addRow(tr("Folder:"), m_imagesDir);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Colour:"), m_imageColor);
    form->addRow(tr("Fit:"), m_imageFit);
    form->addRow(tr("Normalise:"), m_imageNormalize);
    form->addRow(m_imageSkipUnreadable);
    connect(m_imageColor, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    connect(m_imageFit, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    connect(m_imageNormalize, &QComboBox::currentIndexChanged, this, &DatasetSourceForm::edited);
    connect(m_imageSkipUnreadable, &QCheckBox::toggled, this, &DatasetSourceForm::edited);
    return page;
}

void DatasetSourceForm::setBaseDirectory(const QString& directory)
{
    m_baseDirectory = directory;
    for (PathEdit* edit : findChildren<PathEdit*>())
        edit->setBaseDirectory(directory);
}

void DatasetSourceForm::edited()
{
    if (!m_showing)
        Q_EMIT specEdited();
}

char DatasetSourceForm::csvDelimiterChar() const
{
    const QString d = m_csvDelimiter->currentData().toString();
    return d == QLatin1String("tab") ? '\t' : d.at(0).toLatin1();
}

void DatasetSourceForm::refreshCsvColumns(const QString& keepTarget)
{
    const QSignalBlocker blocker(m_csvTarget);
    m_csvTarget->clear();
    m_csvNote->hide();
    if (m_csvPath->path().isEmpty())
        return;
    QString problem;
    const QString resolved = QDir(m_baseDirectory).absoluteFilePath(m_csvPath->path());
    const QStringList columns = csvHeader(resolved, csvDelimiterChar(), &problem);
    m_csvTarget->addItems(columns);
    const int keep = m_csvTarget->findText(keepTarget);
    m_csvTarget->setCurrentIndex(keep >= 0 ? keep : m_csvTarget->count() - 1);
    if (!problem.isEmpty()) {
        m_csvNote->setText(problem);
        m_csvNote->show();
    }
}

QString DatasetSourceForm::specPath(const QString& path) const
{
    // Files inside the project's folder are stored relative to it, so the folder
    // can move as a whole (DataSpec resolves them against the project file).
    if (m_baseDirectory.isEmpty() || QFileInfo(path).isRelative())
        return path;
    const QString relative = QDir(m_baseDirectory).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) ? path : relative;
}

std::optional<DataSpec> DatasetSourceForm::spec() const
{
    const DataKindId kind = currentKind();
    DataSpec s;
    s.kind = DataKind::get(kind).name;
    switch (kind) {
    case DataKindId::Toy:
        s.path = m_toyKind->currentData().toString().toStdString();
        s.options["samples"] = std::to_string(m_toySamples->value());
        s.options["noise"] = QString::number(m_toyNoise->value(), 'g', 6).toStdString();
        s.options["seed"] = std::to_string(m_toySeed->value());
        break;
    case DataKindId::Bundled:
        s.path = m_bundledName->currentData().toString().toStdString();
        break;
    case DataKindId::FashionMnist:
        s.path = m_fashionPart->currentData().toString().toStdString();
        break;
    case DataKindId::Idx:
    case DataKindId::Npy: {
        const bool idx = kind == DataKindId::Idx;
        const QString first = (idx ? m_idxImages : m_npyFeatures)->path();
        const QString second = (idx ? m_idxLabels : m_npyTargets)->path();
        if (first.isEmpty() || second.isEmpty())
            return std::nullopt;
        s.path = specPath(first).toStdString();
        s.secondPath = specPath(second).toStdString();
        break;
    }
    case DataKindId::Csv: {
        if (m_csvPath->path().isEmpty())
            return std::nullopt;
        s.path = specPath(m_csvPath->path()).toStdString();
        if (m_csvTarget->currentIndex() >= 0)
            s.options["target"] = m_csvTarget->currentText().toStdString();
        s.options["missing"] = m_csvMissing->currentData().toString().toStdString();
        if (m_csvDelimiter->currentIndex() > 0)
            s.options["delimiter"] = m_csvDelimiter->currentData().toString().toStdString();
        break;
    }
    case DataKindId::Sequence:
    case DataKindId::Text:
    case DataKindId::Words:
        return m_tokenPages.at(kind)->spec();
    case DataKindId::Images: {
        if (m_imagesDir->path().isEmpty())
            return std::nullopt;
        s.path = specPath(m_imagesDir->path()).toStdString();
        s.options["size"] = m_imageWidth->value() == m_imageHeight->value()
            ? std::to_string(m_imageWidth->value())
            : std::to_string(m_imageWidth->value()) + "x" + std::to_string(m_imageHeight->value());
        s.options["color"] = m_imageColor->currentData().toString().toStdString();
        if (m_imageFit->currentData().toString() == QLatin1String("crop"))
            s.options["fit"] = "crop";
        if (const QString normalize = m_imageNormalize->currentData().toString(); normalize == QLatin1String("train")) {
            s.options["normalize"] = "train";
        } else if (normalize == QLatin1String("given")) {
            s.options["mean"] = m_imageMean.toStdString();
            s.options["std"] = m_imageStd.toStdString();
        }
        if (m_imageSkipUnreadable->isChecked())
            s.options["skip_unreadable"] = "true";
        break;
    }
    }
    return s;
}

bool DatasetSourceForm::usesOfficialTestSet() const
{
    return currentKind() == DataKindId::FashionMnist && m_fashionPart->currentData() == QStringLiteral("train")
        && m_fashionOfficialTest->isChecked();
}

void DatasetSourceForm::showSpec(const DataSpec& spec, bool officialTestSet)
{
    const DataKind* kind = DataKind::find(spec.kind);
    const int source = kind ? m_source->findData(static_cast<int>(kind->id)) : -1;
    if (source < 0)
        return;
    m_showing = true;
    m_source->setCurrentIndex(source);
    m_pages->setCurrentIndex(source);
    const QString path = QString::fromStdString(spec.path);
    const QString second = QString::fromStdString(spec.secondPath);
    switch (kind->id) {
    case DataKindId::Toy:
        selectData(m_toyKind, path);
        m_toySamples->setValue(option(spec, "samples").toInt());
        m_toyNoise->setValue(option(spec, "noise").toDouble());
        m_toySeed->setValue(option(spec, "seed").toInt());
        break;
    case DataKindId::Bundled:
        selectData(m_bundledName, path);
        break;
    case DataKindId::FashionMnist:
        selectData(m_fashionPart, path);
        m_fashionOfficialTest->setChecked(officialTestSet);
        m_fashionOfficialTest->setEnabled(path == QLatin1String("train"));
        break;
    case DataKindId::Idx:
        m_idxImages->showPath(path);
        m_idxLabels->showPath(second);
        break;
    case DataKindId::Npy:
        m_npyFeatures->showPath(path);
        m_npyTargets->showPath(second);
        break;
    case DataKindId::Sequence:
    case DataKindId::Text:
    case DataKindId::Words:
        m_tokenPages.at(kind->id)->showSpec(spec);
        break;
    case DataKindId::Csv: {
        m_csvPath->showPath(path);
        const QString delimiter = option(spec, "delimiter");
        selectData(m_csvDelimiter, delimiter == QLatin1String("\t") ? QStringLiteral("tab") : delimiter);
        selectData(m_csvMissing, option(spec, "missing"));
        refreshCsvColumns(option(spec, "target"));
        break;
    }
    case DataKindId::Images: {
        m_imagesDir->showPath(path);
        const QStringList size = option(spec, "size").split(u'x');
        m_imageWidth->setValue(size.value(0).toInt());
        m_imageHeight->setValue(size.value(size.size() > 1 ? 1 : 0).toInt());
        selectData(m_imageColor, option(spec, "color"));
        selectData(m_imageFit, option(spec, "fit"));
        // Given statistics cannot be typed here, but an edit of the size must not drop them.
        m_imageMean = option(spec, "mean");
        m_imageStd = option(spec, "std");
        if (const int given = m_imageNormalize->findData(QStringLiteral("given")); given >= 0)
            m_imageNormalize->removeItem(given);
        if (!m_imageMean.isEmpty())
            m_imageNormalize->addItem(tr("Given: mean %1, standard deviation %2").arg(m_imageMean, m_imageStd),
                QStringLiteral("given"));
        selectData(m_imageNormalize, m_imageMean.isEmpty() ? option(spec, "normalize") : QStringLiteral("given"));
        m_imageSkipUnreadable->setChecked(option(spec, "skip_unreadable") == QLatin1String("true"));
        break;
    }
    }
    m_showing = false;
}

} // namespace nw
