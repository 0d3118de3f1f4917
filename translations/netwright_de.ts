<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddNodeCommand</name>
    <message>
        <location filename="../core/model/commands/AddNodeCommand.cpp" line="13"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="23"/>
        <source>Mirror left-right:</source>
        <translation>Links-rechts spiegeln:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="24"/>
        <source>Probability that an image is mirrored left to right.</source>
        <translation>Wahrscheinlichkeit, dass ein Bild von links nach rechts gespiegelt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="25"/>
        <source>Mirror upside down:</source>
        <translation>Auf den Kopf spiegeln:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="26"/>
        <source>Probability that an image is turned upside down (a mirror image).</source>
        <translation>Wahrscheinlichkeit, dass ein Bild auf den Kopf gestellt wird (ein Spiegelbild).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="27"/>
        <source>Rotate up to:</source>
        <translation>Drehen bis zu:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="28"/>
        <source>Largest rotation in degrees, either way, about the centre.</source>
        <translation>Größte Drehung in Grad, in beide Richtungen, um die Mitte.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="29"/>
        <source>Shift up to:</source>
        <translation>Verschieben bis zu:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="30"/>
        <source>Largest shift as a share of the width and of the height.</source>
        <translation>Größte Verschiebung als Anteil der Breite und der Höhe.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="31"/>
        <source>Zoom up to:</source>
        <translation>Zoomen bis zu:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="32"/>
        <source>The zoom factor lies between 1 minus and 1 plus this value.</source>
        <translation>Der Zoomfaktor liegt zwischen 1 minus und 1 plus diesem Wert.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="33"/>
        <source>Crop away up to:</source>
        <translation>Wegschneiden bis zu:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="34"/>
        <source>Random-resized crop: a box keeping at least 1 minus this share of the area, stretched to the full size.</source>
        <translation>Zufälliger Ausschnitt mit Größenanpassung: ein Rechteck, das mindestens 1 minus diesen Anteil der Fläche behält, auf die volle Größe gestreckt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="37"/>
        <source>Brightness ±:</source>
        <translation>Helligkeit ±:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="38"/>
        <source>Largest value added to every pixel, either way (pixels run from 0 to 1).</source>
        <translation>Größter Wert, der zu jedem Pixel addiert wird, in beide Richtungen (Pixel reichen von 0 bis 1).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="40"/>
        <source>Contrast ±:</source>
        <translation>Kontrast ±:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="41"/>
        <source>The distance of every pixel from the image&apos;s mean is multiplied by 1 minus to 1 plus this value.</source>
        <translation>Der Abstand jedes Pixels vom Mittelwert des Bildes wird mit 1 minus bis 1 plus diesem Wert multipliziert.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="43"/>
        <source>Noise (std):</source>
        <translation>Rauschen (Std.):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="44"/>
        <source>Standard deviation of Gaussian noise added to every pixel.</source>
        <translation>Standardabweichung des Gaußschen Rauschens, das zu jedem Pixel addiert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="45"/>
        <source>Cutout size:</source>
        <translation>Ausschnittgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="46"/>
        <source>One patch of this share of the width and height is set to black.</source>
        <translation>Ein Feld mit diesem Anteil der Breite und Höhe wird schwarz gesetzt.</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <location filename="../core/model/commands/AutoLayoutCommand.cpp" line="11"/>
        <source>Arrange network</source>
        <translation>Netz anordnen</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../core/model/Blocks.cpp" line="12"/>
        <source>Conv-BatchNorm-ReLU</source>
        <translation>Conv-BatchNorm-ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="13"/>
        <source>Residual block</source>
        <translation>Residualblock</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="14"/>
        <source>MLP head</source>
        <translation>MLP-Kopf</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="15"/>
        <source>Transformer encoder block</source>
        <translation>Transformer-Encoder-Block</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="75"/>
        <source>A 3x3 convolution with 16 filters, batch normalization and ReLU: the standard building block of image networks. The image keeps its size.</source>
        <translation>Eine 3×3-Faltung mit 16 Filtern, Batch-Normalisierung und ReLU: der Standardbaustein von Bildnetzen. Das Bild behält seine Größe.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="79"/>
        <source>Two convolutions with batch normalization whose result is added to the block&apos;s input, then ReLU. The skip connection lets gradients flow around the block, so deep networks still train.</source>
        <translation>Zwei Faltungen mit Batch-Normalisierung, deren Ergebnis zur Eingabe des Blocks addiert wird, danach ReLU. Die Sprungverbindung lässt Gradienten um den Block herumfließen, sodass auch tiefe Netze noch trainieren.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="83"/>
        <source>Flatten, a hidden Dense layer of 128 units with ReLU and dropout, and a Dense layer with one output per class (10): the classifier at the end of a network.</source>
        <translation>Flatten, eine verdeckte Dense-Schicht mit 128 Einheiten mit ReLU und Dropout und eine Dense-Schicht mit einer Ausgabe pro Klasse (10): der Klassifikator am Ende eines Netzes.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="87"/>
        <source>A pre-norm transformer encoder block for sequences: layer normalization, multi-head self-attention and a residual Add, then layer normalization, a feed-forward Dense(4E)-GELU-Dense(E) and a second residual Add. The sequence keeps its shape, so blocks stack.</source>
        <translation>Ein Pre-Norm-Transformer-Encoder-Block für Sequenzen: Layer-Normalisierung, Multi-Head-Self-Attention und ein residuales Add, dann Layer-Normalisierung, ein Feed-Forward Dense(4E)-GELU-Dense(E) und ein zweites residuales Add. Die Sequenz behält ihre Form, daher lassen sich Blöcke stapeln.</translation>
    </message>
</context>
<context>
    <name>CompileResult</name>
    <message>
        <location filename="../core/model/CompileResult.cpp" line="23"/>
        <source>%1 nodes, %2 parameters</source>
        <translation>%1 Knoten, %2 Parameter</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../core/model/commands/ConnectCommand.cpp" line="9"/>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <location filename="../core/model/commands/DisconnectCommand.cpp" line="9"/>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
</context>
<context>
    <name>GraphCompiler</name>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="65"/>
        <source>a connection from &apos;%1&apos; leads to &apos;%2&apos;, but there is no node with that id</source>
        <translation>eine Verbindung von „%1“ führt zu „%2“, aber es gibt keinen Knoten mit dieser ID</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="89"/>
        <source>%1: unknown layer type &apos;%2&apos;</source>
        <translation>%1: unbekannter Schichttyp „%2“</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="100"/>
        <source>%1 takes no inputs: remove the connection from &apos;%2&apos;</source>
        <translation>%1 hat keine Eingänge: Entfernen Sie die Verbindung von „%2“</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="116"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has a single input port (0)</source>
        <translation>%1: die Verbindung von „%2“ geht zu Eingangsport %3, aber die Schicht hat nur einen Eingangsport (0)</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="121"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has ports 0 to %4</source>
        <translation>%1: die Verbindung von „%2“ geht zu Eingangsport %3, aber die Schicht hat die Ports 0 bis %4</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <location filename="../widgets/graph/GraphEdits.cpp" line="54"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="49"/>
        <source>not a network fragment: %1</source>
        <translation>kein Netzfragment: %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="52"/>
        <source>not a network fragment</source>
        <translation>kein Netzfragment</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="55"/>
        <source>a network fragment from another version of Netwright</source>
        <translation>ein Netzfragment aus einer anderen Version von Netwright</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="66"/>
        <source>the edge %1 -&gt; %2 leaves the fragment</source>
        <translation>die Kante %1 -&gt; %2 verlässt das Fragment</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="70"/>
        <source>the output &apos;%1&apos; is not in the fragment</source>
        <translation>die Ausgabe „%1“ ist nicht im Fragment</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="81"/>
        <source>a block input names no node of the fragment</source>
        <translation>ein Blockeingang nennt keinen Knoten des Fragments</translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="33"/>
        <location filename="../core/model/GraphJson.cpp" line="73"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="35"/>
        <location filename="../core/model/GraphJson.cpp" line="74"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="39"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="67"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="70"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="71"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="72"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="76"/>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="134"/>
        <location filename="../core/model/GraphJson.cpp" line="216"/>
        <source>expected an object, got %1</source>
        <translation>ein Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="144"/>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Buchstaben, Ziffern, „_“ und „-“</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="148"/>
        <source>&apos;%1&apos; is already the id of graph.nodes[%2]</source>
        <translation>„%1“ ist bereits die ID von graph.nodes[%2]</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="187"/>
        <source>expected [x, y], got %1</source>
        <translation>[x, y] erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="200"/>
        <source>a penalty cannot be negative, got %1</source>
        <translation>eine Strafe kann nicht negativ sein, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="230"/>
        <source>expected a port number of 0 or more, got %1</source>
        <translation>eine Portnummer von 0 oder mehr erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="237"/>
        <source>input %1 of &apos;%2&apos; is already connected by graph.edges[%3]</source>
        <translation>Eingang %1 von „%2“ ist bereits durch graph.edges[%3] verbunden</translation>
    </message>
</context>
<context>
    <name>GraphMessages</name>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="8"/>
        <source>the network has no output node</source>
        <translation>das Netz hat keinen Ausgabeknoten</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="17"/>
        <source>the network has no input: add an Input node</source>
        <translation>das Netz hat keine Eingabe: fügen Sie einen Eingabe-Knoten hinzu</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="20"/>
        <source>%1 needs %n input(s) but has none: connect something to it</source>
        <translation>
            <numerusform>%1 braucht %n Eingang, hat aber keinen: verbinden Sie etwas damit</numerusform>
            <numerusform>%1 braucht mindestens %n Eingänge, hat aber keinen: verbinden Sie etwas damit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="22"/>
        <source>%1 needs %n input(s) but has %2: connect another node</source>
        <translation>
            <numerusform>%1 braucht %n Eingang, hat aber %2: verbinden Sie einen weiteren Knoten</numerusform>
            <numerusform>%1 braucht mindestens %n Eingänge, hat aber %2: verbinden Sie einen weiteren Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="25"/>
        <source>%1 takes at most %n input(s) but has %2: use an Add or Concat to merge branches</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Eingang, hat aber %2: führen Sie Zweige mit Add oder Concat zusammen</numerusform>
            <numerusform>%1 nimmt höchstens %n Eingänge, hat aber %2: führen Sie Zweige mit Add oder Concat zusammen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="29"/>
        <source>%1 takes input from &apos;%2&apos;, but there is no node with that id</source>
        <translation>%1 nimmt seine Eingabe von „%2“, aber es gibt keinen Knoten mit dieser ID</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="31"/>
        <source>%1 is part of a cycle (%2): connections must flow one way, from the input to the output</source>
        <translation>%1 ist Teil eines Kreises (%2): Verbindungen müssen in eine Richtung laufen, von der Eingabe zur Ausgabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="34"/>
        <source>the network has %n loose end(s) (%1): connect them, or choose which one is the output</source>
        <translation>
            <numerusform>das Netz hat %n offenes Ende (%1): verbinden Sie es oder wählen Sie es als Ausgabe</numerusform>
            <numerusform>das Netz hat %n offene Enden (%1): verbinden Sie sie oder wählen Sie, welches die Ausgabe ist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="40"/>
        <source>the network has no layers: add a layer after the input</source>
        <translation>das Netz hat keine Schichten: fügen Sie nach der Eingabe eine Schicht hinzu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="42"/>
        <source>the output is set to &apos;%1&apos;, but there is no node with that id</source>
        <translation>die Ausgabe ist auf „%1“ gesetzt, aber es gibt keinen Knoten mit dieser ID</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="46"/>
        <source>%1 would bring the network to %2 parameters; a network may have at most %3</source>
        <translation>%1 würde das Netz auf %2 Parameter bringen; ein Netz darf höchstens %3 haben</translation>
    </message>
</context>
<context>
    <name>InsertBlockCommand</name>
    <message>
        <location filename="../core/model/commands/InsertBlockCommand.cpp" line="17"/>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="181"/>
        <location filename="../core/model/LayerCategory.cpp" line="18"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="21"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="24"/>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="27"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="36"/>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="33"/>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="39"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="42"/>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="45"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="333"/>
        <location filename="../core/model/LayerCategory.cpp" line="30"/>
        <source>Reshape</source>
        <translation>Umformen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="83"/>
        <source>How the weights start: He suits ReLU-like activations, Xavier suits tanh and sigmoid</source>
        <translation>Wie die Gewichte beginnen: He passt zu ReLU-artigen Aktivierungen, Xavier zu tanh und Sigmoid</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="89"/>
        <source>Add a learnable offset to every output</source>
        <translation>Einen lernbaren Versatz zu jeder Ausgabe addieren</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="132"/>
        <source>Size of the hidden state</source>
        <translation>Größe des verborgenen Zustands</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="134"/>
        <source>Output the hidden state at every step (steps x units) instead of only the last step&apos;s</source>
        <translation>Den verborgenen Zustand bei jedem Schritt ausgeben (Schritte x Einheiten) statt nur den des letzten Schritts</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="137"/>
        <source>Also read the sequence backwards and put both directions&apos; states side by side</source>
        <translation>Die Sequenz auch rückwärts lesen und die Zustände beider Richtungen nebeneinanderlegen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="150"/>
        <source>Width and height of the window</source>
        <translation>Breite und Höhe des Fensters</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="152"/>
        <source>Step between windows; 0 means the same as the kernel size</source>
        <translation>Schritt zwischen Fenstern; 0 bedeutet dasselbe wie die Kernelgröße</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="154"/>
        <source>Border added around each image, at most half the kernel</source>
        <translation>Rand um jedes Bild, höchstens die halbe Kernelgröße</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="182"/>
        <source>Where the data enters the network. Its shape is the shape of one sample without the batch: 784 for a flattened 28x28 image, 1x28x28 for a grey image that convolutions will read, 3x32x32 for a colour one. Every network needs at least one input, and the shape must match the dataset.</source>
        <translation>Hier gelangen die Daten ins Netz. Ihre Form ist die Form einer Stichprobe ohne den Stapel: 784 für ein abgeflachtes 28×28-Bild, 1x28x28 für ein Graustufenbild, das Faltungen lesen, 3x32x32 für ein farbiges. Jedes Netz braucht mindestens eine Eingabe, und die Form muss zum Datensatz passen.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="188"/>
        <source>Shape of one sample, e.g. 784 or 1, 28, 28 (channels, height, width)</source>
        <translation>Form einer Stichprobe, z. B. 784 oder 1, 28, 28 (Kanäle, Höhe, Breite)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="195"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="196"/>
        <source>A fully connected layer: every output is a weighted sum of every input plus a bias, y = Wx + b. Stacked with activations in between, dense layers can learn any smooth function, and the last layer of a classifier is usually a Dense with one unit per class. It needs a flat input, so put a Flatten (or a global pooling) between convolutions and a Dense. On a sequence (steps x features) it acts on every step with the same weights.</source>
        <translation>Eine vollständig verbundene Schicht: jede Ausgabe ist eine gewichtete Summe aller Eingaben plus ein Bias, y = Wx + b. Mit Aktivierungen dazwischen gestapelt, können Dense-Schichten jede glatte Funktion lernen, und die letzte Schicht eines Klassifikators ist meist eine Dense-Schicht mit einer Einheit pro Klasse. Sie braucht eine flache Eingabe, setzen Sie also ein Flatten (oder ein globales Pooling) zwischen Faltungen und eine Dense-Schicht. Auf einer Sequenz (Schritte x Merkmale) wirkt sie mit denselben Gewichten auf jeden Schritt.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="204"/>
        <source>Number of outputs (neurons)</source>
        <translation>Anzahl der Ausgaben (Neuronen)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="213"/>
        <source>Convolution 2D</source>
        <translation>Faltung 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="214"/>
        <source>Slides small learned filters over an image (channels x height x width) and produces one feature map per filter. Because the same filter is used at every position, it finds a pattern such as an edge or a texture wherever it appears, with far fewer weights than a Dense layer. The standard first layers of an image model; stack several, with pooling to shrink the maps.</source>
        <translation>Schiebt kleine gelernte Filter über ein Bild (Kanäle × Höhe × Breite) und erzeugt pro Filter eine Merkmalskarte. Weil an jeder Position derselbe Filter verwendet wird, findet sie ein Muster wie eine Kante oder eine Textur überall, wo es vorkommt, mit weit weniger Gewichten als eine Dense-Schicht. Die üblichen ersten Schichten eines Bildmodells; stapeln Sie mehrere, mit Pooling zum Verkleinern der Karten.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="221"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="245"/>
        <source>Number of filters, i.e. output channels</source>
        <translation>Anzahl der Filter, d. h. der Ausgabekanäle</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="222"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="246"/>
        <source>Width and height of each filter</source>
        <translation>Breite und Höhe jedes Filters</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="223"/>
        <source>Step between filter positions</source>
        <translation>Schritt zwischen Filterpositionen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="225"/>
        <source>Zeros added around the image; (kernel_size - 1) / 2 keeps the size</source>
        <translation>Nullen rund um das Bild; (kernel_size - 1) / 2 erhält die Größe</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="236"/>
        <source>Transposed Convolution 2D</source>
        <translation>Transponierte Faltung 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="237"/>
        <source>The way back up in a decoder: every input pixel stamps a learned filter, scaled by its value, onto a larger output, so a stride of 2 doubles the height and width. The output size is (input - 1) x stride - 2 x padding + kernel_size + output_padding. With kernel_size 3, stride 2, padding 1 and output_padding 1, 7x7 becomes 14x14. Use it in the decoder of an autoencoder or a segmentation model, where a Convolution 2D shrank the maps.</source>
        <translation>Der Weg zurück nach oben in einem Decoder: Jedes Eingabepixel stempelt einen gelernten Filter, mit seinem Wert skaliert, auf eine größere Ausgabe, sodass eine Schrittweite von 2 Höhe und Breite verdoppelt. Die Ausgabegröße ist (Eingabe - 1) x stride - 2 x padding + kernel_size + output_padding. Mit kernel_size 3, stride 2, padding 1 und output_padding 1 wird aus 7x7 14x14. Verwenden Sie sie im Decoder eines Autoencoders oder eines Segmentierungsmodells, wo eine Faltung 2D die Karten verkleinert hat.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="248"/>
        <source>Spacing of the stamps in the output: 2 doubles the size</source>
        <translation>Abstand der Stempel in der Ausgabe: 2 verdoppelt die Größe</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="250"/>
        <source>Rows and columns cropped from every side of the output</source>
        <translation>Zeilen und Spalten, die an jeder Seite der Ausgabe abgeschnitten werden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="252"/>
        <source>Extra rows and columns added at the bottom and right of the output; smaller than the stride</source>
        <translation>Zusätzliche Zeilen und Spalten unten und rechts an der Ausgabe; kleiner als die Schrittweite</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="263"/>
        <source>Upsample 2D</source>
        <translation>Hochskalieren 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="264"/>
        <source>Enlarges every feature map by a whole-number factor, the opposite of pooling: &quot;nearest&quot; repeats each pixel, &quot;bilinear&quot; blends the four nearest pixels for a smoother result. It has no weights; follow it with a Convolution 2D that learns what to draw into the larger map. Used in the decoder of an autoencoder.</source>
        <translation>Vergrößert jede Merkmalskarte um einen ganzzahligen Faktor, das Gegenteil von Pooling: &quot;nearest&quot; wiederholt jedes Pixel, &quot;bilinear&quot; mischt die vier nächsten Pixel für ein glatteres Ergebnis. Die Schicht hat keine Gewichte; lassen Sie eine Faltung 2D folgen, die lernt, was in die größere Karte zu zeichnen ist. Wird im Decoder eines Autoencoders verwendet.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="270"/>
        <source>How many times larger the height and width become</source>
        <translation>Um wie viel größer Höhe und Breite werden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="273"/>
        <source>nearest repeats pixels; bilinear interpolates between them (align_corners=False)</source>
        <translation>nearest wiederholt Pixel; bilinear interpoliert zwischen ihnen (align_corners=False)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="285"/>
        <source>Max Pooling 2D</source>
        <translation>Max-Pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="286"/>
        <source>Keeps the largest value in each small window of every feature map, so a 2x2 pool halves the height and width. It makes the network cheaper and a little tolerant to small shifts, and keeps the strongest response of each filter. Use it after a convolution (and its activation).</source>
        <translation>Behält den größten Wert in jedem kleinen Fenster jeder Merkmalskarte, sodass ein 2×2-Pooling Höhe und Breite halbiert. Das macht das Netz günstiger, etwas tolerant gegenüber kleinen Verschiebungen und bewahrt die stärkste Antwort jedes Filters. Verwenden Sie es nach einer Faltung (und ihrer Aktivierung).</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="299"/>
        <source>Average Pooling 2D</source>
        <translation>Average-Pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="300"/>
        <source>Replaces each small window of every feature map by its average, shrinking the maps like max pooling but smoothing instead of picking the strongest value. Use it to downsample when every part of the window should count.</source>
        <translation>Ersetzt jedes kleine Fenster jeder Merkmalskarte durch seinen Mittelwert; die Karten schrumpfen wie beim Max-Pooling, werden aber geglättet, statt den stärksten Wert auszuwählen. Verwenden Sie es zum Verkleinern, wenn jeder Teil des Fensters zählen soll.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="312"/>
        <source>Global Average Pooling</source>
        <translation>Globales Average-Pooling</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="313"/>
        <source>Averages each whole feature map to a single number, turning channels x height x width into one value per channel. A light bridge from convolutions to the classifier: unlike Flatten it adds no weights downstream for image size, and it is what Grad-CAM explanations are built on.</source>
        <translation>Mittelt jede ganze Merkmalskarte zu einer einzigen Zahl und macht aus Kanäle × Höhe × Breite einen Wert pro Kanal. Eine leichte Brücke von Faltungen zum Klassifikator: anders als Flatten fügt es dahinter keine Gewichte für die Bildgröße hinzu, und Grad-CAM-Erklärungen bauen darauf auf.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="323"/>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="324"/>
        <source>Lays every value of a sample out in one long row, e.g. 16x7x7 becomes 784. It computes nothing and has no weights; it is the glue you need between convolutional layers and a Dense layer.</source>
        <translation>Legt alle Werte einer Stichprobe in einer langen Zeile aus, z. B. wird aus 16x7x7 dann 784. Es berechnet nichts und hat keine Gewichte; es ist das Bindeglied zwischen Faltungsschichten und einer Dense-Schicht.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="334"/>
        <source>Gives each sample a new shape with the same number of values, read in the same order: for example 784 becomes 1x28x28 so that flat data can go into a convolution. One entry may be -1, meaning &quot;whatever is left&quot;.</source>
        <translation>Gibt jeder Stichprobe eine neue Form mit gleich vielen Werten in derselben Reihenfolge: zum Beispiel wird 784 zu 1x28x28, damit flache Daten in eine Faltung gehen können. Ein Eintrag darf -1 sein, was „der Rest“ bedeutet.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="339"/>
        <source>New shape of one sample; one entry may be -1 to infer it</source>
        <translation>Neue Form einer Stichprobe; ein Eintrag darf -1 sein, um ihn abzuleiten</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="345"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="346"/>
        <source>During training, sets a random fraction of its inputs to zero at every step and scales up the rest, so the network cannot rely on any single neuron. This fights overfitting (training accuracy far above validation accuracy). At evaluation time it does nothing.</source>
        <translation>Setzt während des Trainings in jedem Schritt einen zufälligen Anteil der Eingaben auf null und skaliert den Rest hoch, sodass sich das Netz auf kein einzelnes Neuron verlassen kann. Das wirkt Überanpassung entgegen (Trainingsgenauigkeit weit über der Validierungsgenauigkeit). Bei der Auswertung tut es nichts.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="352"/>
        <source>Fraction of values dropped during training</source>
        <translation>Anteil der Werte, die im Training verworfen werden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="358"/>
        <source>Batch Normalization</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="359"/>
        <source>Rescales each feature or channel to mean 0 and variance 1 using the statistics of the current batch, then applies a learned scale and shift. It makes deep networks train faster and tolerate higher learning rates. Usually placed after a convolution or Dense layer and before its activation; it needs batches of more than one sample.</source>
        <translation>Skaliert jedes Merkmal bzw. jeden Kanal mit den Statistiken des aktuellen Stapels auf Mittelwert 0 und Varianz 1 und wendet dann eine gelernte Skalierung und Verschiebung an. Tiefe Netze trainieren damit schneller und vertragen höhere Lernraten. Meist nach einer Faltung oder Dense-Schicht und vor ihrer Aktivierung platziert; sie braucht Stapel mit mehr als einer Stichprobe.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="366"/>
        <source>How fast the running statistics used for evaluation follow the batches</source>
        <translation>Wie schnell die laufenden Statistiken für die Auswertung den Stapeln folgen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="370"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="387"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>Kleine Zahl, die zur Varianz addiert wird, um eine Division durch null zu vermeiden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="380"/>
        <source>Layer Normalization</source>
        <translation>Layer-Normalisierung</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="381"/>
        <source>Rescales the values along the last axis of each sample to mean 0 and variance 1, then applies a learned scale and shift. Unlike batch normalization it looks at one sample at a time, so it behaves the same in training and evaluation and works with any batch size; it is the normalization used in transformers.</source>
        <translation>Skaliert die Werte entlang der letzten Achse jeder Stichprobe auf Mittelwert 0 und Varianz 1 und wendet dann eine gelernte Skalierung und Verschiebung an. Anders als die Batch-Normalisierung betrachtet sie eine Stichprobe nach der anderen, verhält sich also in Training und Auswertung gleich und funktioniert mit jeder Stapelgröße; sie ist die Normalisierung in Transformern.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="394"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="395"/>
        <source>Rectified linear unit: keeps positive values and replaces negative ones by zero, max(0, x). Cheap and effective, it is the default activation between hidden layers. Without some activation, stacked layers collapse into a single linear one.</source>
        <translation>Rectified Linear Unit: behält positive Werte und ersetzt negative durch null, max(0, x). Günstig und wirksam, die Standardaktivierung zwischen verdeckten Schichten. Ohne Aktivierung fallen gestapelte Schichten zu einer einzigen linearen Schicht zusammen.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="402"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="403"/>
        <source>Like ReLU, but negative values are multiplied by a small slope alpha instead of becoming zero. Neurons therefore never stop learning entirely (&quot;dying ReLU&quot;); try it when many ReLU outputs stay at zero.</source>
        <translation>Wie ReLU, aber negative Werte werden mit einer kleinen Steigung alpha multipliziert, statt null zu werden. Neuronen hören daher nie ganz auf zu lernen („sterbende ReLU“); probieren Sie es, wenn viele ReLU-Ausgaben bei null bleiben.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="409"/>
        <source>Slope for negative inputs</source>
        <translation>Steigung für negative Eingaben</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="412"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="413"/>
        <source>Exponential linear unit: x for positive values and alpha * (exp(x) - 1) for negative ones, a smooth curve that levels off at -alpha. Its outputs average closer to zero than ReLU&apos;s, which can speed up training.</source>
        <translation>Exponential Linear Unit: x für positive Werte und alpha * (exp(x) - 1) für negative, eine glatte Kurve, die bei -alpha abflacht. Ihre Ausgaben liegen im Mittel näher an null als die von ReLU, was das Training beschleunigen kann.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="419"/>
        <source>Value that large negative inputs approach (as -alpha)</source>
        <translation>Wert, dem sich große negative Eingaben nähern (als -alpha)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="422"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="423"/>
        <source>Gaussian error linear unit: x weighted by the probability that a standard normal value is below x. A smooth version of ReLU that lets small negative values through; the usual activation in transformers.</source>
        <translation>Gaussian Error Linear Unit: x, gewichtet mit der Wahrscheinlichkeit, dass ein standardnormalverteilter Wert kleiner als x ist. Eine glatte Version von ReLU, die kleine negative Werte durchlässt; die übliche Aktivierung in Transformern.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="429"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="430"/>
        <source>Sigmoid linear unit, also called Swish: x multiplied by its own sigmoid, x / (1 + exp(-x)). Like GELU it is a smooth ReLU that lets small negative values through, dipping just below zero before it levels off at 0. It often trains a little better than ReLU in deep networks.</source>
        <translation>Sigmoid Linear Unit, auch Swish genannt: x multipliziert mit seinem eigenen Sigmoid, x / (1 + exp(-x)). Wie GELU eine glatte Version von ReLU, die kleine negative Werte durchlässt und knapp unter null sinkt, bevor sie sich bei 0 einpendelt. In tiefen Netzen trainiert sie oft etwas besser als ReLU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="437"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="438"/>
        <source>Squashes every value into the range 0 to 1 with 1 / (1 + exp(-x)), so an output can be read as a probability of yes or no. Good for gates and binary outputs; in deep hidden layers it makes gradients vanish, so prefer ReLU there.</source>
        <translation>Staucht jeden Wert mit 1 / (1 + exp(-x)) in den Bereich 0 bis 1, sodass eine Ausgabe als Wahrscheinlichkeit für Ja oder Nein gelesen werden kann. Gut für Gates und binäre Ausgaben; in tiefen verdeckten Schichten lässt sie Gradienten verschwinden, dort ist ReLU besser.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="445"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="446"/>
        <source>Squashes every value into the range -1 to 1. Centred on zero, it suits small networks and recurrent ones; like the sigmoid it saturates for large inputs, which slows learning in deep stacks.</source>
        <translation>Staucht jeden Wert in den Bereich -1 bis 1. Um null zentriert, passt sie zu kleinen und rekurrenten Netzen; wie die Sigmoidfunktion sättigt sie bei großen Eingaben, was das Lernen in tiefen Stapeln verlangsamt.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="454"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="455"/>
        <source>Turns the scores along the last axis into probabilities that are positive and sum to 1, exaggerating the largest. Use it to read a classifier&apos;s output as class probabilities, or for attention weights. The cross-entropy loss already applies it, so the network being trained should end with the raw scores.</source>
        <translation>Wandelt die Werte entlang der letzten Achse in Wahrscheinlichkeiten um, die positiv sind und sich zu 1 summieren, wobei der größte betont wird. Verwenden Sie sie, um die Ausgabe eines Klassifikators als Klassenwahrscheinlichkeiten zu lesen, oder für Attention-Gewichte. Der Kreuzentropie-Verlust wendet sie bereits an, daher sollte das trainierte Netz mit den rohen Werten enden.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="465"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="466"/>
        <source>Turns token ids (whole numbers such as the characters or words of a text) into learned vectors: one row of a table per token. Its input is a sequence of ids from an Input of shape [steps]; its output is steps x dim, what recurrent and attention layers read.</source>
        <translation>Wandelt Token-IDs (ganze Zahlen, etwa für die Zeichen oder Wörter eines Textes) in gelernte Vektoren um: eine Tabellenzeile pro Token. Die Eingabe ist eine Folge von IDs aus einem Input der Form [Schritte]; die Ausgabe ist Schritte x dim, was rekurrente und Attention-Schichten lesen.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="472"/>
        <source>Number of different tokens (ids 0 to vocab_size - 1)</source>
        <translation>Anzahl verschiedener Tokens (IDs 0 bis vocab_size - 1)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="473"/>
        <source>Length of each token&apos;s vector</source>
        <translation>Länge des Vektors jedes Tokens</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="481"/>
        <source>Simple RNN</source>
        <translation>Einfaches RNN</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="482"/>
        <source>Reads a sequence one step at a time and keeps a hidden state that mixes the new step with what it remembers: h = tanh(W x + U h_prev + b). The simplest recurrent network; it forgets quickly over long sequences, which LSTM and GRU were invented to fix.</source>
        <translation>Liest eine Sequenz Schritt für Schritt und hält einen verborgenen Zustand, der den neuen Schritt mit dem Erinnerten mischt: h = tanh(W x + U h_prev + b). Das einfachste rekurrente Netz; über lange Sequenzen vergisst es schnell, wofür LSTM und GRU erfunden wurden.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="495"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="496"/>
        <source>Long short-term memory: a recurrent layer with a memory cell and three gates (input, forget, output) that learn what to write, keep and show at each step, so it can carry information across long sequences.</source>
        <translation>Long Short-Term Memory: eine rekurrente Schicht mit einer Speicherzelle und drei Gates (Eingabe, Vergessen, Ausgabe), die lernen, was bei jedem Schritt geschrieben, behalten und gezeigt wird, sodass sie Information über lange Sequenzen tragen kann.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="508"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="509"/>
        <source>Gated recurrent unit: a lighter LSTM with two gates (reset and update) and no separate memory cell. It often learns as well as an LSTM with fewer weights.</source>
        <translation>Gated Recurrent Unit: ein leichteres LSTM mit zwei Gates (Zurücksetzen und Aktualisieren) und ohne eigene Speicherzelle. Es lernt oft ebenso gut wie ein LSTM, mit weniger Gewichten.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="520"/>
        <source>Multi-Head Attention</source>
        <translation>Multi-Head-Attention</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="521"/>
        <source>Self-attention: every step of a sequence looks at every other step and takes a weighted mix of them, the weights coming from how well its query matches their keys. Several heads attend in parallel, each to something different. The heart of a transformer; the Attention dock shows what each head looks at.</source>
        <translation>Self-Attention: Jeder Schritt einer Sequenz betrachtet jeden anderen Schritt und nimmt eine gewichtete Mischung davon; die Gewichte ergeben sich daraus, wie gut seine Anfrage (Query) zu deren Schlüsseln (Keys) passt. Mehrere Köpfe arbeiten parallel, jeder achtet auf etwas anderes. Das Herz eines Transformers; das Attention-Dock zeigt, worauf jeder Kopf schaut.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="527"/>
        <source>Number of heads; must divide the input&apos;s features</source>
        <translation>Anzahl der Köpfe; muss die Merkmale der Eingabe teilen</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="529"/>
        <source>Let each step see only itself and earlier steps (for generating text)</source>
        <translation>Jeden Schritt nur sich selbst und frühere Schritte sehen lassen (zum Erzeugen von Text)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="531"/>
        <source>Fraction of attention weights dropped during training</source>
        <translation>Anteil der Attention-Gewichte, die im Training verworfen werden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="539"/>
        <source>Positional Encoding</source>
        <translation>Positionskodierung</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="540"/>
        <source>Adds to each step a vector that encodes its position, because attention alone does not know the order of the steps. Sinusoidal encodings are fixed waves of different frequencies; learned ones are a trained table with one row per position.</source>
        <translation>Addiert zu jedem Schritt einen Vektor, der seine Position kodiert, denn Attention allein kennt die Reihenfolge der Schritte nicht. Sinusförmige Kodierungen sind feste Wellen verschiedener Frequenz; gelernte sind eine trainierte Tabelle mit einer Zeile pro Position.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="546"/>
        <source>Fixed sine and cosine waves, or a learned table</source>
        <translation>Feste Sinus- und Kosinuswellen oder eine gelernte Tabelle</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="548"/>
        <source>The longest sequence it accepts</source>
        <translation>Die längste Sequenz, die sie annimmt</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="558"/>
        <source>Sequence Pooling</source>
        <translation>Sequenz-Pooling</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="559"/>
        <source>Summarises a whole sequence (steps x features) in one vector of features: the mean over the steps, the maximum, or the last step. Put it between sequence layers and the Dense that classifies.</source>
        <translation>Fasst eine ganze Sequenz (Schritte x Merkmale) in einem Merkmalsvektor zusammen: Mittelwert über die Schritte, Maximum oder letzter Schritt. Setzen Sie sie zwischen Sequenzschichten und die klassifizierende Dense-Schicht.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="564"/>
        <source>How the steps are combined</source>
        <translation>Wie die Schritte kombiniert werden</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="572"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="573"/>
        <source>Adds two or more inputs of the same shape value by value. This is the merge of a residual (skip) connection: a block&apos;s input is added to its output, which lets very deep networks train because the gradient can flow around each block.</source>
        <translation>Addiert zwei oder mehr Eingaben gleicher Form elementweise. Das ist die Zusammenführung einer Residual- (Sprung-)Verbindung: die Eingabe eines Blocks wird zu seiner Ausgabe addiert, wodurch sehr tiefe Netze trainieren können, weil der Gradient um jeden Block herumfließen kann.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="583"/>
        <source>Concatenate</source>
        <translation>Concatenate</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="584"/>
        <source>Joins two or more inputs side by side along one axis, in the order of its input ports: features for flat inputs, channels for images. Use it to combine parallel branches that look at the data differently, as in Inception blocks; all other axes must match.</source>
        <translation>Fügt zwei oder mehr Eingaben entlang einer Achse nebeneinander, in der Reihenfolge der Eingangsports: Merkmale bei flachen Eingaben, Kanäle bei Bildern. Verwenden Sie es, um parallele Zweige zu kombinieren, die die Daten unterschiedlich betrachten, wie in Inception-Blöcken; alle anderen Achsen müssen übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="590"/>
        <source>Sample axis to join along: 0 is features or channels; negative counts from the last</source>
        <translation>Achse der Stichprobe, entlang der verbunden wird: 0 sind Merkmale oder Kanäle; negative Werte zählen von hinten</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="103"/>
        <source>unknown layer type &apos;%1&apos;</source>
        <translation>unbekannter Schichttyp „%1“</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="109"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 hat keinen Parameter „%2“</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="132"/>
        <source>an Input node has no engine layer: it is added to the graph as an input</source>
        <translation>ein Input-Knoten hat keine Engine-Schicht: er wird dem Graphen als Eingabe hinzugefügt</translation>
    </message>
</context>
<context>
    <name>LessonGoalText</name>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss at least %1</source>
        <translation>Trainingsverlust mindestens %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss below %1</source>
        <translation>Trainingsverlust unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss above %1</source>
        <translation>Validierungsverlust über %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss below %1</source>
        <translation>Validierungsverlust unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="30"/>
        <source>test loss below %1</source>
        <translation>Testverlust unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="32"/>
        <source>training accuracy at least %1</source>
        <translation>Trainingsgenauigkeit mindestens %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="34"/>
        <source>validation accuracy at least %1</source>
        <translation>Validierungsgenauigkeit mindestens %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="35"/>
        <source>validation accuracy below %1</source>
        <translation>Validierungsgenauigkeit unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="37"/>
        <source>test accuracy at least %1</source>
        <translation>Testgenauigkeit mindestens %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at least %1 parameters</source>
        <translation>mindestens %1 Parameter</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at most %1 parameters</source>
        <translation>höchstens %1 Parameter</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="66"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="76"/>
        <source>the layer palette is hidden</source>
        <translation>die Ebenen-Palette ist ausgeblendet</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="79"/>
        <source>the network cannot be edited</source>
        <translation>das Netz kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="80"/>
        <source>the network cannot be edited except %1</source>
        <translation>das Netz kann nicht bearbeitet werden außer %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="83"/>
        <source>no training setting may change</source>
        <translation>keine Trainingseinstellung darf sich ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="84"/>
        <source>only these training settings may change: %1</source>
        <translation>nur diese Trainingseinstellungen dürfen sich ändern: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="89"/>
        <source>Locked by the lesson: %1.</source>
        <translation>Von der Lektion gesperrt: %1.</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnnxExportJob</name>
    <message>
        <location filename="../app/gui/OnnxExportJob.cpp" line="25"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe das Fenster „Probleme“.</translation>
    </message>
</context>
<context>
    <name>ParameterSpec</name>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="52"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="68"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="81"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="82"/>
        <location filename="../core/model/ParameterSpec.cpp" line="88"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="93"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="98"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="114"/>
        <source>a list of whole numbers</source>
        <translation>eine Liste ganzer Zahlen</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="133"/>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="148"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 muss %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="155"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, erhalten: %4</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="161"/>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 muss eines von %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="167"/>
        <source>%1 needs at least one entry</source>
        <translation>%1 braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="170"/>
        <source>%1 entries must be between %2 and %3, got %4</source>
        <translation>Einträge von %1 müssen zwischen %2 und %3 liegen, erhalten: %4</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <location filename="../core/model/commands/PasteCommand.cpp" line="12"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>PyTorchExportJob</name>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="26"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe das Fenster „Probleme“.</translation>
    </message>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="37"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="14"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="15"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="9"/>
        <source>Training stopped; the last good weights are kept.</source>
        <translation>Das Training wurde gestoppt; die letzten gültigen Gewichte bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="18"/>
        <source>completed %n epoch(s)</source>
        <translation>
            <numerusform>%n Epoche abgeschlossen</numerusform>
            <numerusform>%n Epochen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="20"/>
        <source>stopped at epoch %1, batch %2</source>
        <translation>gestoppt in Epoche %1, Stapel %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="23"/>
        <source>stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>früh gestoppt nach Epoche %1: der Validierungsverlust hat sich seit %n Epoche nicht verbessert (beste Epoche %2)</numerusform>
            <numerusform>früh gestoppt nach Epoche %1: der Validierungsverlust hat sich seit %n Epochen nicht verbessert (beste Epoche %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="25"/>
        <source>stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>früh gestoppt nach Epoche %1: der Trainingsverlust hat sich seit %n Epoche nicht verbessert (beste Epoche %2)</numerusform>
            <numerusform>früh gestoppt nach Epoche %1: der Trainingsverlust hat sich seit %n Epochen nicht verbessert (beste Epoche %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="29"/>
        <source>; the weights of the best epoch are restored</source>
        <translation>; die Gewichte der besten Epoche sind wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="34"/>
        <source>the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the data holds NaN/Inf values.</source>
        <translation>Der Verlust wurde %1 in Epoche %2, Stapel %3: die Lernrate (%4) ist wahrscheinlich zu hoch, oder die Daten enthalten NaN-/Inf-Werte.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="38"/>
        <source>the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable gradient clipping.</source>
        <translation>Die Gradienten wurden NaN oder unendlich in Epoche %1, Stapel %2: Senken Sie die Lernrate oder schalten Sie Gradient Clipping ein.</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/io/RunStore.cpp" line="153"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>SetNodeFlagsCommand</name>
    <message>
        <location filename="../core/model/commands/SetNodeFlagsCommand.cpp" line="17"/>
        <source>Change training settings of %1</source>
        <translation>Trainingseinstellungen von %1 ändern</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../core/model/commands/SetParameterCommand.cpp" line="16"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>StartingWeightsText</name>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="23"/>
        <source>kept imported weights for %1</source>
        <translation>importierte Gewichte behalten für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="25"/>
        <source>kept trained weights for %1</source>
        <translation>trainierte Gewichte behalten für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="27"/>
        <source>initialised every layer from the seed</source>
        <translation>alle Schichten aus dem Seed initialisiert</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="28"/>
        <source>initialised %1</source>
        <translation>%1 initialisiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>A workbench for building, training and inspecting neural networks.</source>
        <translation>Eine Werkbank zum Bauen, Trainieren und Untersuchen neuronaler Netze.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The project to open (*.nwproj); a bundled example opens as a copy.</source>
        <translation>Das zu öffnende Projekt (*.nwproj); ein mitgeliefertes Beispiel wird als Kopie geöffnet.</translation>
    </message>
</context>
<context>
    <name>nw::ActivationHover</name>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="51"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="57"/>
        <source>One tile per channel, on one colour scale; the Feature maps tab shows them large.</source>
        <translation>Eine Kachel je Kanal, auf einer gemeinsamen Farbskala; der Reiter „Merkmalskarten“ zeigt sie groß.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="58"/>
        <source>One cell per unit.</source>
        <translation>Eine Zelle je Einheit.</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisController</name>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="158"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>after epoch %1</source>
        <translation>nach Epoche %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>trained weights</source>
        <translation>trainierte Gewichte</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>untrained (initial weights)</source>
        <translation>untrainiert (Anfangsgewichte)</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisDocks</name>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="25"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="26"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="28"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="30"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="83"/>
        <source>the %1 split</source>
        <translation>dem Teil „%1“</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisExport</name>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="23"/>
        <source>Could not write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="73"/>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="77"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="82"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="84"/>
        <source>Figure as PNG…</source>
        <translation>Abbildung als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="87"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="92"/>
        <source>Figure as SVG…</source>
        <translation>Abbildung als SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="100"/>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::AttentionController</name>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="55"/>
        <location filename="../app/gui/AttentionController.cpp" line="77"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see what the network&apos;s attention and recurrent layers do with it.</source>
        <translation>Klicken Sie auf ein Beispiel in der Galerie der Konfusionsmatrix, in der Entscheidungsgrenze, in der Datensatzvorschau oder im Beispiel-Dock, um zu sehen, was die Attention- und rekurrenten Schichten des Netzes damit machen.</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="105"/>
        <source>Preparing the network…</source>
        <translation>Netz wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="109"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Dieses Beispiel (%1) passt nicht zur Eingabe des Netzes (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>untrainiert: die Anfangsgewichte des Seeds</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>trained weights</source>
        <translation>trainierte Gewichte</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="153"/>
        <source>%1 — live, epoch %2</source>
        <translation>%1 — live, Epoche %2</translation>
    </message>
</context>
<context>
    <name>nw::AttentionDock</name>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="14"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="15"/>
        <source>Recurrent states</source>
        <translation>Rekurrente Zustände</translation>
    </message>
</context>
<context>
    <name>nw::AttentionPage</name>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="48"/>
        <source>The MultiHeadAttention layer whose heads are shown</source>
        <translation>Die MultiHeadAttention-Schicht, deren Köpfe gezeigt werden</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="50"/>
        <source>Heads of this layer</source>
        <translation>Köpfe dieser Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="51"/>
        <source>All layers and heads</source>
        <translation>Alle Schichten und Köpfe</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="52"/>
        <source>Rollout across layers</source>
        <translation>Rollout über die Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="53"/>
        <source>Rollout (Abnar and Zuidema 2020) multiplies the layers&apos; head-averaged attention, each mixed half and half with the residual connection: how much each input token reaches each position at the top.</source>
        <translation>Rollout (Abnar und Zuidema 2020) multipliert die über die Köpfe gemittelte Attention der Schichten, jeweils halb und halb mit der Residualverbindung gemischt: wie viel jedes Eingabetoken oben an jeder Position ankommt.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="57"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="59"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="73"/>
        <source>Rows are queries, columns keys: row i shows where token i looks. Hover a cell for its weight, click a token to highlight its row.</source>
        <translation>Zeilen sind Queries, Spalten Keys: Zeile i zeigt, wohin Token i schaut. Zeigen Sie auf eine Zelle für ihr Gewicht, klicken Sie auf ein Token, um seine Zeile hervorzuheben.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="89"/>
        <location filename="../widgets/attention/AttentionPage.cpp" line="193"/>
        <source>Open a sample of a network with MultiHeadAttention layers to see where each head looks.</source>
        <translation>Öffnen Sie ein Beispiel eines Netzes mit MultiHeadAttention-Schichten, um zu sehen, wohin jeder Kopf schaut.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="192"/>
        <source>This network has no MultiHeadAttention layer.</source>
        <translation>Dieses Netz hat keine MultiHeadAttention-Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="211"/>
        <source>Head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="218"/>
        <source>%1 · head %2</source>
        <translation>%1 · Kopf %2</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="229"/>
        <source>Rollout of the only attention layer</source>
        <translation>Rollout der einzigen Attention-Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="230"/>
        <source>Rollout over %1 layers</source>
        <translation>Rollout über %1 Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="275"/>
        <source>Token %1 “%2”: its row shows where it looks.</source>
        <translation>Token %1 „%2“: Seine Zeile zeigt, wohin es schaut.</translation>
    </message>
</context>
<context>
    <name>nw::AttributionPage</name>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="43"/>
        <source>How strongly the map covers the sample.</source>
        <translation>Wie stark die Karte die Probe überdeckt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="64"/>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="90"/>
        <source>At most %1 methods side by side: untick one first.</source>
        <translation>Höchstens %1 Methoden nebeneinander: zuerst eine abwählen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="97"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Klicken Sie auf eine Probe in der Galerie der Konfusionsmatrix, in der Entscheidungsgrenze, in der Datenvorschau oder im Probenfenster, um zu sehen, warum das Netz vorhersagt, was es vorhersagt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="121"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="163"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="185"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="159"/>
        <source>True class: %1</source>
        <translation>Wahre Klasse: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="193"/>
        <source>Class %1, score %2</source>
        <translation>Klasse %1, Wert %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="195"/>
        <source>Completeness gap %1</source>
        <translation>Vollständigkeitslücke %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="198"/>
        <source>Sum %1 = score − baseline score %2 (%3)</source>
        <translation>Summe %1 = Wert − Wert der Referenz %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>sampled</source>
        <translation>gesampelt</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="204"/>
        <source>Local fit R² %1</source>
        <translation>Lokale Anpassung R² %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="206"/>
        <source>At %1×%2, smoothed for display</source>
        <translation>Bei %1×%2, für die Anzeige geglättet</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="73"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="76"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="87"/>
        <source>All off</source>
        <translation>Alle aus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="89"/>
        <source>Train on the images exactly as they are.</source>
        <translation>Auf den Bildern genau so trainieren, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationPreview</name>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="18"/>
        <source>Other epochs</source>
        <translation>Andere Epochen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="24"/>
        <source>Show what the next epochs make of this sample.</source>
        <translation>Zeigen, was die nächsten Epochen aus diesem Beispiel machen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="70"/>
        <source>Augmentation varies images; these samples are not images.</source>
        <translation>Augmentierung variiert Bilder; diese Beispiele sind keine Bilder.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="71"/>
        <source>Load image data to see what augmentation makes of a sample.</source>
        <translation>Laden Sie Bilddaten, um zu sehen, was die Augmentierung aus einem Beispiel macht.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="85"/>
        <source>as stored</source>
        <translation>wie gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="92"/>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="99"/>
        <source>Sample %1 as training sees it in each epoch (training data only).</source>
        <translation>Beispiel %1, wie das Training es in jeder Epoche sieht (nur Trainingsdaten).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="100"/>
        <source>Sample %1: augmentation is off, so every epoch sees it as stored.</source>
        <translation>Beispiel %1: Die Augmentierung ist aus, daher sieht jede Epoche es wie gespeichert.</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveManager</name>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="132"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: der Ordner für automatische Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveRestorePrompt</name>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>the untitled project “%1”</source>
        <translation>das unbenannte Projekt „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="15"/>
        <source>Restore unsaved work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="16"/>
        <source>Netwright did not close properly. Restore the unsaved changes to %1 from %2?</source>
        <translation>Netwright wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an %1 vom %2 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="19"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>nw::CalibrationPanel</name>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="80"/>
        <source>Reliability: ECE %1, maximum gap %2, Brier score %3</source>
        <translation>Zuverlässigkeit: ECE %1, größte Abweichung %2, Brier-Score %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="102"/>
        <source>Calibration is for classifiers with at least two classes.</source>
        <translation>Die Kalibrierung gilt für Klassifikatoren mit mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="103"/>
        <source>Evaluate the trained model to see how far its confidence can be trusted.</source>
        <translation>Werten Sie das trainierte Modell aus, um zu sehen, wie weit man seiner Sicherheit trauen kann.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="109"/>
        <source>Confidence (top-class probability)</source>
        <translation>Sicherheit (Wahrscheinlichkeit der besten Klasse)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="114"/>
        <source>Perfectly calibrated</source>
        <translation>Perfekt kalibriert</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="119"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="131"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="132"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="150"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="157"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
</context>
<context>
    <name>nw::ClassDistributionChart</name>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>nw::ClassMetricsTable</name>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Avg. precision</source>
        <translation>Mittl. Präzision</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="69"/>
        <source>Per-class metrics are for classifiers.</source>
        <translation>Metriken pro Klasse gibt es nur für Klassifikatoren.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="70"/>
        <source>Evaluate the trained model to see its per-class metrics.</source>
        <translation>Werten Sie das trainierte Modell aus, um seine Metriken pro Klasse zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="100"/>
        <source>Macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="102"/>
        <source>Weighted average</source>
        <translation>Gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="103"/>
        <source>Micro average (accuracy)</source>
        <translation>Mikro-Mittel (Genauigkeit)</translation>
    </message>
</context>
<context>
    <name>nw::CompressController</name>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="68"/>
        <source>Measuring the fine-tuned network…</source>
        <translation>Das nachtrainierte Netz wird gemessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="101"/>
        <source>Measuring accuracy from 0 to 95% sparsity…</source>
        <translation>Genauigkeit von 0 bis 95% Dünnbesetzung wird gemessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="117"/>
        <source>Pruning %1% of the weights…</source>
        <translation>%1% der Gewichte werden beschnitten…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="169"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="173"/>
        <source>The weights do not fit the edited network: train it again.</source>
        <translation>Die Gewichte passen nicht zum bearbeiteten Netz: trainieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="190"/>
        <source>The network or its weights changed while this ran: nothing was changed.</source>
        <translation>Das Netz oder seine Gewichte haben sich währenddessen geändert: es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="196"/>
        <source>Could not compress: %1</source>
        <translation>Komprimieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="204"/>
        <source>Measured on %1 test samples.</source>
        <translation>Gemessen an %1 Testbeispielen.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="222"/>
        <source>Pruned: %1% of the weights are zero.</source>
        <translation>Beschnitten: %1% der Gewichte sind null.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="233"/>
        <source>Fine-tuned for %1 epochs; the pruned weights stayed zero.</source>
        <translation>%1 Epochen nachtrainiert; die beschnittenen Gewichte blieben null.</translation>
    </message>
</context>
<context>
    <name>nw::CompressPanel</name>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="33"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="36"/>
        <source>Prune</source>
        <translation>Beschneiden</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="38"/>
        <source>Fine-tune</source>
        <translation>Nachtrainieren</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="43"/>
        <source>Accuracy on the test split as the weights are pruned from 0 to 95%, and of the network quantized to int8</source>
        <translation>Genauigkeit auf dem Testteil, während die Gewichte von 0 bis 95% beschnitten werden, und des auf int8 quantisierten Netzes</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="49"/>
        <source>The share of weights set to zero, smallest magnitudes first</source>
        <translation>Der Anteil der Gewichte, die auf null gesetzt werden, die betragskleinsten zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="50"/>
        <source>Over the whole network</source>
        <translation>Über das ganze Netz</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="51"/>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="52"/>
        <source>Set the smallest weights of the trained network to zero</source>
        <translation>Die kleinsten Gewichte des trainierten Netzes auf null setzen</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="55"/>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="56"/>
        <source>Train the pruned network further; pruned weights stay zero</source>
        <translation>Das beschnittene Netz weitertrainieren; beschnittene Gewichte bleiben null</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="65"/>
        <source>Sparsity:</source>
        <translation>Dünnbesetzung:</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="84"/>
        <source>Train the network, then measure how much of it can go.</source>
        <translation>Trainieren Sie das Netz und messen Sie dann, wie viel davon wegfallen kann.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="95"/>
        <source>Size: %1 as float32</source>
        <translation>Größe: %1 als float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="97"/>
        <source>, %1 pruned to %2% (kept weights and a bitmap)</source>
        <translation>, %1 auf %2% beschnitten (behaltene Gewichte und eine Bitmaske)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="100"/>
        <source>, %1 as int8</source>
        <translation>, %1 als int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="101"/>
        <source>: %1 times smaller.</source>
        <translation>: %1-mal kleiner.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="107"/>
        <source>int8: accuracy %1% (%2 points against the %3 model), weights %4, activations calibrated on %5 training samples.</source>
        <translation>int8: Genauigkeit %1% (%2 Punkte gegenüber dem Modell %3), Gewichte %4, Aktivierungen an %5 Trainingsbeispielen kalibriert.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="112"/>
        <source>fine-tuned</source>
        <translation>nachtrainierte</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="113"/>
        <source>pruned</source>
        <translation>beschnittenen</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="111"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="114"/>
        <source>per channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="115"/>
        <source>per tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="118"/>
        <source>int8: loss %1 (float32: %2).</source>
        <translation>int8: Verlust %1 (float32: %2).</translation>
    </message>
</context>
<context>
    <name>nw::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="22"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Werten Sie das trainierte Modell aus, um zu sehen, wo es richtig und wo es falsch liegt.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="175"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="180"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="280"/>
        <source>True %1, predicted %2: %n sample(s), %3% of the class. Click to see them.</source>
        <translation>
            <numerusform>Wahr %1, vorhergesagt %2: %n Stichprobe, %3% der Klasse. Klicken, um sie zu sehen.</numerusform>
            <numerusform>Wahr %1, vorhergesagt %2: %n Stichproben, %3% der Klasse. Klicken, um sie zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::ConfusionMatrixPanel</name>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="25"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="26"/>
        <source>Share of true class</source>
        <translation>Anteil der wahren Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="27"/>
        <source>Row-normalised: each row sums to 1, the diagonal is each class&apos;s recall.</source>
        <translation>Zeilennormiert: jede Zeile summiert sich zu 1, die Diagonale ist die Trefferquote jeder Klasse.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="62"/>
        <source>The confusion matrix is for classifiers; this model predicts values.</source>
        <translation>Die Konfusionsmatrix gibt es nur für Klassifikatoren; dieses Modell sagt Werte vorher.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="63"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Werten Sie das trainierte Modell aus, um zu sehen, wo es richtig und wo es falsch liegt.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="78"/>
        <source>Training split</source>
        <translation>Trainingsteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="79"/>
        <source>Validation split</source>
        <translation>Validierungsteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="80"/>
        <source>Test split</source>
        <translation>Testteil</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="81"/>
        <source>%1: %n sample(s), accuracy %2%</source>
        <translation>
            <numerusform>%1: %n Stichprobe, Genauigkeit %2%</numerusform>
            <numerusform>%1: %n Stichproben, Genauigkeit %2%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="110"/>
        <source>True %1, predicted %2</source>
        <translation>Wahr %1, vorhergesagt %2</translation>
    </message>
</context>
<context>
    <name>nw::DatasetDock</name>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="66"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="73"/>
        <source>The data spec saved in the project; netwright-cli --data takes the same text.</source>
        <translation>Die im Projekt gespeicherte Datenangabe; netwright-cli --data nimmt denselben Text.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="74"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="76"/>
        <source>Read the data again, for example after the file changed on disk.</source>
        <translation>Die Daten erneut lesen, zum Beispiel nachdem sich die Datei geändert hat.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="90"/>
        <source>Stop reading the data; Reload reads it again.</source>
        <translation>Das Lesen der Daten beenden; „Neu laden“ liest sie erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="147"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="162"/>
        <source>Read %1 of %2 files…</source>
        <translation>%1 von %2 Dateien gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="167"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="171"/>
        <source>Share of the samples held out to watch for overfitting after each epoch.</source>
        <translation>Anteil der Stichproben, der zurückgehalten wird, um nach jeder Epoche auf Überanpassung zu achten.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="174"/>
        <source>Share of the samples kept aside for the final evaluation.</source>
        <translation>Anteil der Stichproben, der für die abschließende Auswertung beiseitegelegt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="179"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="187"/>
        <source>The same seed always gives the same split.</source>
        <translation>Derselbe Startwert ergibt immer dieselbe Aufteilung.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="188"/>
        <source>Keep class proportions in every part (stratified)</source>
        <translation>Klassenanteile in jedem Teil erhalten (stratifiziert)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="190"/>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="191"/>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="192"/>
        <source>Split seed:</source>
        <translation>Startwert der Aufteilung:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="205"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="208"/>
        <source>No data loaded yet.</source>
        <translation>Noch keine Daten geladen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="223"/>
        <source>The first samples of the dataset; click one to inspect it.</source>
        <translation>Die ersten Stichproben des Datensatzes; klicken Sie auf eine, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="232"/>
        <source>The points of the 2-D problem, coloured by class (or by value for regression).</source>
        <translation>Die Punkte des 2-D-Problems, gefärbt nach Klasse (oder bei Regression nach Wert).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="252"/>
        <source>Classes per part</source>
        <translation>Klassen pro Teil</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="275"/>
        <source>Augmentation (training images only)</source>
        <translation>Augmentierung (nur Trainingsbilder)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="341"/>
        <source>No dataset chosen yet.</source>
        <translation>Noch kein Datensatz gewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="342"/>
        <source>Spec: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Angabe: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="406"/>
        <source>Choose where the data comes from.</source>
        <translation>Wählen Sie, woher die Daten kommen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="422"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="452"/>
        <source>Loading stopped. Reload reads the data again.</source>
        <translation>Laden beendet. „Neu laden“ liest die Daten erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="460"/>
        <source>Could not load the data.
%1</source>
        <translation>Die Daten konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="468"/>
        <source>%1 samples of shape %2, %3 classes; loaded in %4 s.</source>
        <translation>%1 Stichproben der Form %2, %3 Klassen; geladen in %4 s.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="471"/>
        <source>%1 samples of shape %2, regression; loaded in %3 s.</source>
        <translation>%1 Stichproben der Form %2, Regression; geladen in %3 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/DatasetDock.cpp" line="476"/>
        <source>Vocabulary of all %n tokens shown here; training builds its own from the training split.</source>
        <translation>
            <numerusform>Vokabular aller %n Tokens hier; das Training bildet sein eigenes aus dem Trainingsteil.</numerusform>
            <numerusform>Vokabular aller %n Tokens hier; das Training bildet sein eigenes aus dem Trainingsteil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="527"/>
        <source>Sample %1: %2</source>
        <translation>Stichprobe %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="557"/>
        <source>%1 training, %2 validation, %3 test samples.</source>
        <translation>%1 Trainings-, %2 Validierungs-, %3 Teststichproben.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="562"/>
        <source>Testing uses %1.</source>
        <translation>Getestet wird mit %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="566"/>
        <source>Regression data has no classes. %1</source>
        <translation>Regressionsdaten haben keine Klassen. %1</translation>
    </message>
</context>
<context>
    <name>nw::DatasetSourceForm</name>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="67"/>
        <source>Built-in generator</source>
        <translation>Eingebauter Generator</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="68"/>
        <source>Bundled dataset</source>
        <translation>Mitgelieferter Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="69"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="70"/>
        <source>IDX files (MNIST style)</source>
        <translation>IDX-Dateien (MNIST-Format)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="71"/>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="72"/>
        <source>Image folder</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="73"/>
        <source>NumPy arrays (.npy)</source>
        <translation>NumPy-Arrays (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="75"/>
        <source>Built-in sequence task</source>
        <translation>Eingebaute Sequenzaufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="76"/>
        <source>Labelled texts</source>
        <translation>Beschriftete Texte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="77"/>
        <source>Which language is a word?</source>
        <translation>Welche Sprache hat ein Wort?</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="87"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="124"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="125"/>
        <source>Exclusive or (XOR)</source>
        <translation>Exklusives Oder (XOR)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="126"/>
        <source>Two Gaussians</source>
        <translation>Zwei Gauß-Verteilungen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="127"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="128"/>
        <source>Plane (regression)</source>
        <translation>Ebene (Regression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="129"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>Mehrere Gauß-Verteilungen (Regression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="140"/>
        <source>0 is clean; 1 is TensorFlow Playground&apos;s noise slider at its maximum.</source>
        <translation>0 ist rauschfrei; 1 entspricht dem Rauschregler des TensorFlow Playground am Maximum.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="148"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="149"/>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="150"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="151"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="166"/>
        <source>Iris flowers (150 × 4 measurements, 3 species)</source>
        <translation>Schwertlilien (150 × 4 Messungen, 3 Arten)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="167"/>
        <source>Handwritten digits (1,797 images of 8 × 8)</source>
        <translation>Handgeschriebene Ziffern (1.797 Bilder mit 8 × 8)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="168"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="180"/>
        <source>Training images (60,000)</source>
        <translation>Trainingsbilder (60.000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="181"/>
        <source>Test images (10,000)</source>
        <translation>Testbilder (10.000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="182"/>
        <source>Test on the official 10,000 test images</source>
        <translation>Mit den offiziellen 10.000 Testbildern testen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="184"/>
        <source>Uses fashion-mnist:test as the test set; the training images are then split into training and validation only.</source>
        <translation>Verwendet fashion-mnist:test als Testmenge; die Trainingsbilder werden dann nur in Training und Validierung aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="189"/>
        <source>Part:</source>
        <translation>Teil:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="206"/>
        <source>Read from %1.</source>
        <translation>Gelesen aus %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="207"/>
        <source>Not installed: %1 holds no Fashion-MNIST files. Set NETWRIGHT_FASHION_MNIST to the folder with the four .gz files.</source>
        <translation>Nicht installiert: %1 enthält keine Fashion-MNIST-Dateien. Setzen Sie NETWRIGHT_FASHION_MNIST auf den Ordner mit den vier .gz-Dateien.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="224"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx* *.gz);;All files (*)</source>
        <translation>IDX-Dateien (*-ubyte *-ubyte.gz *.idx* *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="225"/>
        <source>Choose the IDX images file</source>
        <translation>IDX-Bilddatei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="227"/>
        <source>Choose the IDX labels file</source>
        <translation>IDX-Labeldatei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="229"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="230"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="239"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy-Arrays (*.npy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="240"/>
        <source>Choose the features (.npy)</source>
        <translation>Merkmale wählen (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="242"/>
        <source>Choose the targets (.npy)</source>
        <translation>Zielwerte wählen (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="244"/>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="245"/>
        <source>Targets:</source>
        <translation>Zielwerte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>Choose a CSV table</source>
        <translation>CSV-Tabelle wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="258"/>
        <source>The column the network learns to predict; the others become features.</source>
        <translation>Die Spalte, die das Netz vorhersagen lernt; die anderen werden Merkmale.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="261"/>
        <source>Drop rows with missing values</source>
        <translation>Zeilen mit fehlenden Werten verwerfen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="262"/>
        <source>Fill in the column mean</source>
        <translation>Mit dem Spaltenmittelwert auffüllen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="265"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="266"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="267"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="271"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="272"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="273"/>
        <source>Target column:</source>
        <translation>Zielspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="274"/>
        <source>Missing values:</source>
        <translation>Fehlende Werte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="297"/>
        <source>Choose a folder with one subfolder per class</source>
        <translation>Ordner mit einem Unterordner pro Klasse wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="307"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="313"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="318"/>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="319"/>
        <source>Colour (RGB)</source>
        <translation>Farbe (RGB)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="322"/>
        <source>Stretch to the size</source>
        <translation>Auf die Größe strecken</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="323"/>
        <source>Scale, then cut out the centre</source>
        <translation>Skalieren, dann die Mitte ausschneiden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="324"/>
        <source>Cutting out the centre keeps shapes as they are; stretching squashes images of another aspect ratio.</source>
        <translation>Das Ausschneiden der Mitte lässt Formen, wie sie sind; Strecken staucht Bilder mit anderem Seitenverhältnis.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="328"/>
        <source>None (pixels from 0 to 1)</source>
        <translation>Keine (Pixel von 0 bis 1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="329"/>
        <source>Mean and spread of the training images</source>
        <translation>Mittelwert und Streuung der Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="330"/>
        <source>Per colour channel, subtract the mean and divide by the standard deviation, measured on the training split only.</source>
        <translation>Pro Farbkanal den Mittelwert abziehen und durch die Standardabweichung teilen, gemessen nur am Trainingsanteil.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="332"/>
        <source>Skip files that are not readable images</source>
        <translation>Dateien überspringen, die keine lesbaren Bilder sind</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="334"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="335"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="336"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="337"/>
        <source>Fit:</source>
        <translation>Einpassen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="338"/>
        <source>Normalise:</source>
        <translation>Normalisieren:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="529"/>
        <source>Given: mean %1, standard deviation %2</source>
        <translation>Vorgegeben: Mittelwert %1, Standardabweichung %2</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryPanel</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="85"/>
        <source>Test sample %1 selected.</source>
        <translation>Teststichprobe %1 ausgewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="86"/>
        <source>Training sample %1 selected.</source>
        <translation>Trainingsstichprobe %1 ausgewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="187"/>
        <source>%1 training samples (dots), %2 test samples (rings). The colours show the class the network predicts.</source>
        <translation>%1 Trainingsstichproben (Punkte), %2 Teststichproben (Ringe). Die Farben zeigen die Klasse, die das Netz vorhersagt.</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryWidget</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="70"/>
        <source>Background: the class the network predicts, stronger where it is surer.
Dots: training samples. Rings: test samples. Click a sample to inspect it.</source>
        <translation>Hintergrund: die Klasse, die das Netz vorhersagt, kräftiger, wo es sich sicherer ist.
Punkte: Trainingsstichproben. Ringe: Teststichproben. Klicken Sie auf eine Stichprobe, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="245"/>
        <source>For datasets with two features, this shows how the network divides the plane.

Press Train to watch the boundary take shape.</source>
        <translation>Bei Datensätzen mit zwei Merkmalen zeigt dies, wie das Netz die Ebene aufteilt.

Drücken Sie „Trainieren“, um zu sehen, wie die Grenze entsteht.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="324"/>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="328"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="330"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>nw::DocumentFiles</name>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="40"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="354"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="65"/>
        <source>The weights file %1 does not exist. The network opened without trained weights.</source>
        <translation>Die Gewichtsdatei %1 existiert nicht. Das Netz wurde ohne trainierte Gewichte geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="70"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="80"/>
        <source>%1
The network opened without trained weights.</source>
        <translation>%1
Das Netz wurde ohne trainierte Gewichte geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="88"/>
        <source>The weights in %1 belong to a different network (%2). The network opened without them: train it again, or open the weights that belong to it.</source>
        <translation>Die Gewichte in %1 gehören zu einem anderen Netz (%2). Das Netz wurde ohne sie geöffnet: Trainieren Sie es erneut oder öffnen Sie die Gewichte, die dazu gehören.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="100"/>
        <source>Stop training before opening weights.</source>
        <translation>Beenden Sie das Training, bevor Sie Gewichte öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="107"/>
        <source>Opened the weights %1</source>
        <translation>Gewichte %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="110"/>
        <source>%1: these weights do not fit the network: %2</source>
        <translation>%1: Diese Gewichte passen nicht zum Netz: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="115"/>
        <source>Cannot open the weights</source>
        <translation>Die Gewichte können nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="130"/>
        <source>%1: Netwright opens projects (*.nwproj) and weights (*.safetensors) dropped on the window; choose data in the Dataset dock.</source>
        <translation>%1: Netwright öffnet Projekte (*.nwproj) und Gewichte (*.safetensors), die auf das Fenster gezogen werden; Daten wählen Sie im Datensatz-Dock.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="136"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="162"/>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="167"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="194"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="216"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="243"/>
        <source>Stop training before opening another project.</source>
        <translation>Beenden Sie das Training, bevor Sie ein anderes Projekt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="173"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="178"/>
        <source>Opened without weights</source>
        <translation>Ohne Gewichte geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="185"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="201"/>
        <source>Opened a copy of the example “%1”. Press Train to start.</source>
        <translation>Eine Kopie des Beispiels „%1“ wurde geöffnet. Drücken Sie „Trainieren“, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="207"/>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Netwright-Lektionen (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="250"/>
        <source>Imported %1 as an untitled project; save it to keep it.</source>
        <translation>%1 als unbenanntes Projekt importiert; speichern Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="258"/>
        <source>Cannot import the ONNX model</source>
        <translation>Das ONNX-Modell kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>Import ONNX Model</source>
        <translation>ONNX-Modell importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="280"/>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="288"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="304"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Netwright projects (*.nwproj)</source>
        <translation>Netwright-Projekte (*.nwproj)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="341"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="342"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="387"/>
        <source>Cannot restore the project</source>
        <translation>Das Projekt kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>nw::DrawPage</name>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="33"/>
        <source>Centre and scale like the training images</source>
        <translation>Zentrieren und skalieren wie die Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="41"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="44"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="46"/>
        <source>Rub out (the right mouse button does too).</source>
        <translation>Ausradieren (die rechte Maustaste tut das auch).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="50"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="53"/>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="55"/>
        <source>Crop the drawing to its ink, scale it to the size the training images&apos; ink has and move it to where their centre of mass is.</source>
        <translation>Die Zeichnung auf ihre Striche zuschneiden, auf die Größe der Striche in den Trainingsbildern skalieren und an deren Schwerpunkt verschieben.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="86"/>
        <source>Map:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="109"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Zum Zeichnen braucht es ein Netz, dessen Eingabe ein einkanaliges Bild ist.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="117"/>
        <source>Draw with the mouse: the prediction and the map follow every stroke.</source>
        <translation>Mit der Maus zeichnen: Vorhersage und Karte folgen jedem Strich.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="164"/>
        <source>For class %1</source>
        <translation>Für Klasse %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="170"/>
        <source>Answered %1 ms after the stroke.</source>
        <translation>Antwort %1 ms nach dem Strich.</translation>
    </message>
</context>
<context>
    <name>nw::EvaluationDock</name>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="24"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="25"/>
        <source>After each epoch</source>
        <translation>Nach jeder Epoche</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="36"/>
        <source>Training split</source>
        <translation>Trainingsteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="37"/>
        <source>Validation split</source>
        <translation>Validierungsteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="38"/>
        <source>Test split</source>
        <translation>Testteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="40"/>
        <source>The samples to evaluate the model on</source>
        <translation>Die Beispiele, auf denen das Modell ausgewertet wird</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="41"/>
        <source>Evaluate the current weights on the chosen split now</source>
        <translation>Die aktuellen Gewichte jetzt auf dem gewählten Teil auswerten</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="43"/>
        <source>While training, evaluate again after every epoch (when this panel is on show)</source>
        <translation>Während des Trainings nach jeder Epoche neu auswerten (wenn dieses Fenster sichtbar ist)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="55"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="56"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="57"/>
        <source>Precision–recall</source>
        <translation>Precision–Recall</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="58"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="59"/>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="60"/>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="79"/>
        <source>Train the network, or press Evaluate to see how the current weights do.</source>
        <translation>Trainieren Sie das Netz oder klicken Sie auf Auswerten, um zu sehen, wie gut die aktuellen Gewichte sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="101"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Stichprobe</numerusform>
            <numerusform>%n Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="103"/>
        <source>accuracy %1%, loss %2</source>
        <translation>Genauigkeit %1 %, Verlust %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="105"/>
        <source>reconstruction error %1 (MSE per value)</source>
        <translation>Rekonstruktionsfehler %1 (MSE pro Wert)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="106"/>
        <source>MSE %1, MAE %2, R² %3</source>
        <translation>MSE %1, MAE %2, R² %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="133"/>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet …</translation>
    </message>
</context>
<context>
    <name>nw::ExampleGallery</name>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="28"/>
        <source>Show this gallery when Netwright starts</source>
        <translation>Diese Galerie beim Start von Netwright anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="30"/>
        <source>Welcome to Netwright</source>
        <translation>Willkommen bei Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="32"/>
        <source>&lt;b&gt;Pick an example to start from.&lt;/b&gt; Open it, then press &lt;i&gt;Train&lt;/i&gt; and watch the network learn. Examples open as untitled copies: change them as you like.</source>
        <translation>&lt;b&gt;Wählen Sie ein Beispiel als Ausgangspunkt.&lt;/b&gt; Öffnen Sie es, drücken Sie dann &lt;i&gt;Trainieren&lt;/i&gt; und sehen Sie dem Netz beim Lernen zu. Beispiele öffnen sich als unbenannte Kopien: Ändern Sie sie nach Belieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="63"/>
        <source>&amp;Open Example</source>
        <translation>Beispiel ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="64"/>
        <source>Start &amp;Empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
</context>
<context>
    <name>nw::ExplainController</name>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="50"/>
        <source>the test split</source>
        <translation>dem Testteil</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="199"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Zum Zeichnen braucht es ein Netz, dessen Eingabe ein einkanaliges Bild ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="208"/>
        <location filename="../app/gui/ExplainController.cpp" line="327"/>
        <source>the dataset</source>
        <translation>dem Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="238"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Klicken Sie auf eine Probe in der Galerie der Konfusionsmatrix, in der Entscheidungsgrenze, in der Datenvorschau oder im Probenfenster, um zu sehen, warum das Netz vorhersagt, was es vorhersagt.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="240"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Öffnen Sie eine Probe, um zu sehen, was jede Schicht daraus macht.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="242"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Wo die Testproben im Raum einer verborgenen Schicht liegen: Jede Gruppe ist, was die Schicht zusammenfasst.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="274"/>
        <source>Weights after epoch %1.</source>
        <translation>Gewichte nach Epoche %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="275"/>
        <source>Initial weights: the run has just started.</source>
        <translation>Anfangsgewichte: der Lauf hat gerade begonnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="279"/>
        <source>Untrained: the seed&apos;s initial weights. Train the network to see what it learns.</source>
        <translation>Untrainiert: die Anfangsgewichte des Seeds. Trainieren Sie das Netz, um zu sehen, was es lernt.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="280"/>
        <source>Trained weights.</source>
        <translation>Trainierte Gewichte.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="341"/>
        <source>Sample %1 of %2</source>
        <translation>Probe %1 aus %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="362"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Diese Probe (%1) passt nicht zur Eingabe des Netzes (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="455"/>
        <source>Open a sample in the Explain dock to see what this layer makes of it.</source>
        <translation>Öffnen Sie eine Probe im Fenster „Erklären“, um zu sehen, was diese Schicht daraus macht.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="490"/>
        <source>The split has too few samples to project.</source>
        <translation>Der Teil hat zu wenige Proben für eine Projektion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="493"/>
        <source>Projecting %n samples of the %1 split…</source>
        <translation>
            <numerusform>Projiziere %n Probe des Teils %1 …</numerusform>
            <numerusform>Projiziere %n Proben des Teils %1 …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="518"/>
        <source>%1 over %n samples of the %2 split, %3 of them predicted wrong. Click a point to explain it.</source>
        <translation>
            <numerusform>%1 über %n Probe des Teils %2, davon %3 falsch vorhergesagt. Klicken Sie auf einen Punkt, um ihn zu erklären.</numerusform>
            <numerusform>%1 über %n Proben des Teils %2, davon %3 falsch vorhergesagt. Klicken Sie auf einen Punkt, um ihn zu erklären.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainSetup.cpp" line="18"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainDock</name>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="34"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="35"/>
        <source>Feature maps</source>
        <translation>Merkmalskarten</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="36"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="37"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
</context>
<context>
    <name>nw::ExplainJobRunner</name>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="66"/>
        <source>The network is not ready yet.</source>
        <translation>Das Netz ist noch nicht bereit.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="80"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainMethodForm</name>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="51"/>
        <source>Tick up to four methods to compare them side by side.</source>
        <translation>Bis zu vier Methoden ankreuzen, um sie nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="63"/>
        <source>Whose score the map explains.</source>
        <translation>Wessen Wert die Karte erklärt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="66"/>
        <source>Points on the straight path from the baseline to the sample.</source>
        <translation>Punkte auf dem geraden Weg von der Referenz zur Probe.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="70"/>
        <source>What &quot;nothing&quot; looks like: where the path starts, what covers a window or a switched-off part.</source>
        <translation>Wie „nichts“ aussieht: wo der Weg beginnt, was ein Fenster oder einen abgeschalteten Teil bedeckt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="73"/>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="76"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="78"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="81"/>
        <source>Noisy copies (SmoothGrad) or perturbed inputs (LIME, SHAP); &quot;default&quot; lets the method choose.</source>
        <translation>Verrauschte Kopien (SmoothGrad) oder gestörte Eingaben (LIME, SHAP); „Standard“ lässt die Methode wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="86"/>
        <source>Noise as a fraction of the input&apos;s value range.</source>
        <translation>Rauschen als Anteil am Wertebereich der Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="89"/>
        <source>How many regions LIME and SHAP cut the image into.</source>
        <translation>In wie viele Bereiche LIME und SHAP das Bild zerlegen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="91"/>
        <source>The convolution layer whose feature maps Grad-CAM weighs.</source>
        <translation>Die Faltungsschicht, deren Merkmalskarten Grad-CAM gewichtet.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="93"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="94"/>
        <source>Baseline:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="95"/>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="96"/>
        <source>Stride:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="97"/>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="98"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="99"/>
        <source>Regions:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="100"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="104"/>
        <source>Methods:</source>
        <translation>Methoden:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="107"/>
        <source>Explain:</source>
        <translation>Erklären:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="143"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="144"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
</context>
<context>
    <name>nw::ExplainTexts</name>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="9"/>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="11"/>
        <source>Gradient × input</source>
        <translation>Gradient × Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="13"/>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="15"/>
        <source>Integrated Gradients</source>
        <translation>Integrierte Gradienten</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="17"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="19"/>
        <source>Occlusion</source>
        <translation>Verdeckung</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="21"/>
        <source>LIME</source>
        <translation>LIME</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="23"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="25"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="27"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="29"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="31"/>
        <source>Attention rollout</source>
        <translation>Attention-Rollout</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="40"/>
        <source>How much the class score changes when one input value changes a little (red raises it, blue lowers it).</source>
        <translation>Wie stark sich der Klassenwert ändert, wenn sich ein Eingabewert ein wenig ändert (Rot erhöht ihn, Blau senkt ihn).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="43"/>
        <source>The gradient times the input: what each input value contributes, to first order.</source>
        <translation>Der Gradient mal die Eingabe: was jeder Eingabewert in erster Ordnung beiträgt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="45"/>
        <source>The gradient averaged over noisy copies of the sample: less speckle than the plain gradient.</source>
        <translation>Der Gradient gemittelt über verrauschte Kopien der Probe: weniger Sprenkel als der reine Gradient.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="47"/>
        <source>Gradients summed along the path from a baseline to the sample; the parts add up to the score change.</source>
        <translation>Gradienten, summiert entlang des Wegs von einer Referenz zur Probe; die Teile ergeben zusammen die Änderung des Werts.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="50"/>
        <source>Which places of a convolution layer&apos;s feature maps drive the class score.</source>
        <translation>Welche Stellen der Merkmalskarten einer Faltungsschicht den Klassenwert treiben.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="52"/>
        <source>How much the score drops when a square of the image is covered.</source>
        <translation>Wie stark der Wert sinkt, wenn ein Quadrat des Bildes verdeckt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="54"/>
        <source>A simple local model fitted to the network&apos;s answers when parts of the input are switched off.</source>
        <translation>Ein einfaches lokales Modell, angepasst an die Antworten des Netzes, wenn Teile der Eingabe abgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="56"/>
        <source>Shapley values: each part&apos;s fair share of the score change from the baseline.</source>
        <translation>Shapley-Werte: der faire Anteil jedes Teils an der Änderung des Werts gegenüber der Referenz.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="58"/>
        <source>What a layer outputs for this sample.</source>
        <translation>Was eine Schicht für diese Probe ausgibt.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="60"/>
        <source>A layer&apos;s outputs over many samples, reduced to two dimensions.</source>
        <translation>Die Ausgaben einer Schicht über viele Proben, auf zwei Dimensionen reduziert.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="62"/>
        <source>How each step of a sequence spreads its attention over the steps, per head.</source>
        <translation>Wie jeder Schritt einer Sequenz seine Aufmerksamkeit über die Schritte verteilt, je Kopf.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="64"/>
        <source>Attention followed through every layer, with the residual connections.</source>
        <translation>Die Aufmerksamkeit durch alle Schichten verfolgt, mit den residualen Verbindungen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="73"/>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="75"/>
        <source>Mean of the training data</source>
        <translation>Mittelwert der Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="77"/>
        <source>Blurred sample</source>
        <translation>Verschwommene Probe</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="91"/>
        <source>the %1 baseline</source>
        <translation>die Basislinie %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="95"/>
        <source>The network has not been compiled.</source>
        <translation>Das Netz wurde nicht kompiliert.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="97"/>
        <source>Explanations need a network with exactly one input.</source>
        <translation>Erklärungen brauchen ein Netz mit genau einer Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="99"/>
        <source>The network expects samples of %1, but this one is %2.</source>
        <translation>Das Netz erwartet Beispiele der Form %1, dieses ist aber %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="101"/>
        <source>The network expects samples of %1, but these are %2.</source>
        <translation>Das Netz erwartet Beispiele der Form %1, diese sind aber %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="103"/>
        <source>The sample holds NaN or infinite values.</source>
        <translation>Das Beispiel enthält NaN oder unendliche Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="105"/>
        <source>%1 gave NaN or infinite values: the network&apos;s outputs are not finite for this sample.</source>
        <translation>%1 ergab NaN oder unendliche Werte: Die Ausgaben des Netzes sind für dieses Beispiel nicht endlich.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="107"/>
        <source>Class %1 does not exist: the network&apos;s outputs are numbered 0 to %2.</source>
        <translation>Klasse %1 gibt es nicht: Die Ausgaben des Netzes sind von 0 bis %2 nummeriert.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="109"/>
        <source>%1 needs a layer: choose one.</source>
        <translation>%1 braucht eine Schicht: Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="111"/>
        <source>The network has no layer named “%1”.</source>
        <translation>Das Netz hat keine Schicht namens „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="113"/>
        <source>Grad-CAM needs a layer with a channels x height x width output, but “%1” gives %2: choose a convolution or pooling layer.</source>
        <translation>Grad-CAM braucht eine Schicht mit einer Ausgabe Kanäle x Höhe x Breite, aber „%1“ liefert %2: Wählen Sie eine Faltungs- oder Pooling-Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="117"/>
        <source>“%1” is not a multi-head attention layer.</source>
        <translation>„%1“ ist keine Multi-Head-Attention-Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="119"/>
        <source>The network has no multi-head attention layer.</source>
        <translation>Das Netz hat keine Multi-Head-Attention-Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="121"/>
        <source>Attention layers of different lengths cannot be rolled out together.</source>
        <translation>Attention-Schichten unterschiedlicher Länge lassen sich nicht gemeinsam ausrollen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="124"/>
        <source>A projection needs at least two samples.</source>
        <translation>Eine Projektion braucht mindestens zwei Beispiele.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="126"/>
        <source>The mean baseline needs the training split&apos;s mean sample: load the project&apos;s data, or choose the zeros baseline.</source>
        <translation>Die Mittelwert-Basislinie braucht das mittlere Beispiel der Trainingsdaten: Laden Sie die Daten des Projekts oder wählen Sie die Null-Basislinie.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="129"/>
        <source>%1 needs an image input (channels x height x width), but the input is %2.</source>
        <translation>%1 braucht eine Bildeingabe (Kanäle x Höhe x Breite), die Eingabe ist aber %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="131"/>
        <source>The occlusion window must be between 1 and %1 pixels, not %2.</source>
        <translation>Das Verdeckungsfenster muss zwischen 1 und %1 Pixel groß sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="133"/>
        <source>The occlusion stride must be at least 1, not %1.</source>
        <translation>Die Schrittweite der Verdeckung muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="135"/>
        <source>Integrated Gradients needs at least 1 step, not %1.</source>
        <translation>Integrated Gradients braucht mindestens 1 Schritt, nicht %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="137"/>
        <source>%1 needs at least 2 samples, not %2.</source>
        <translation>%1 braucht mindestens 2 Stichproben, nicht %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="139"/>
        <source>The number of superpixels must be at least 1, not %1.</source>
        <translation>Die Zahl der Superpixel muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="141"/>
        <source>SmoothGrad&apos;s noise must be zero or more, not %1.</source>
        <translation>Das Rauschen von SmoothGrad muss null oder mehr sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="143"/>
        <source>The explanation failed.</source>
        <translation>Die Erklärung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>nw::ExportMenu</name>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="31"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="32"/>
        <source>&amp;Weights (.safetensors)…</source>
        <translation>&amp;Gewichte (.safetensors)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="34"/>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="36"/>
        <source>&amp;PyTorch Project…</source>
        <translation>&amp;PyTorch-Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="38"/>
        <source>Graph as &amp;Image (.png)…</source>
        <translation>Graph als &amp;Bild (.png)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="50"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="65"/>
        <source>The network is empty.</source>
        <translation>Das Netz ist leer.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="80"/>
        <source>%1: the image could not be written</source>
        <translation>%1: das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="88"/>
        <source>weights.nwproj</source>
        <translation>gewichte.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="90"/>
        <source>Export Weights</source>
        <translation>Gewichte exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="91"/>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Safetensors-Gewichte (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="94"/>
        <source>Cannot export the weights</source>
        <translation>Die Gewichte können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="107"/>
        <location filename="../app/gui/ExportMenu.cpp" line="165"/>
        <source>network.nwproj</source>
        <translation>netz.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>Export ONNX Model</source>
        <translation>ONNX-Modell exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="117"/>
        <source>Cannot export the ONNX model</source>
        <translation>Das ONNX-Modell kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="119"/>
        <source>Exported the ONNX model %1</source>
        <translation>ONNX-Modell %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="144"/>
        <source>Export PyTorch Project into a Folder</source>
        <translation>PyTorch-Projekt in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="153"/>
        <source>Cannot export the PyTorch project</source>
        <translation>Das PyTorch-Projekt kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="155"/>
        <source>Exported the PyTorch project to %1</source>
        <translation>PyTorch-Projekt nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="157"/>
        <source>Exported the PyTorch project to %1 without data/: the dataset could not be read</source>
        <translation>PyTorch-Projekt ohne data/ nach %1 exportiert: Der Datensatz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>Export Graph Image</source>
        <translation>Graph als Bild exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="172"/>
        <source>Cannot export the image</source>
        <translation>Das Bild kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>nw::FeatureContributionBars</name>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="53"/>
        <source>%n other features</source>
        <translation>
            <numerusform>%n weiteres Merkmal</numerusform>
            <numerusform>%n weitere Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="54"/>
        <source>feature %1</source>
        <translation>Merkmal %1</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapGrid</name>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="153"/>
        <source>Unit %1: %2</source>
        <translation>Einheit %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="159"/>
        <source>Channel %1: largest value %2</source>
        <translation>Kanal %1: größter Wert %2</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapsPage</name>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="23"/>
        <source>The layer whose output is shown.</source>
        <translation>Die Schicht, deren Ausgabe gezeigt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="33"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="41"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Öffnen Sie eine Probe, um zu sehen, was jede Schicht daraus macht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="79"/>
        <source>%1 for %2: %n channels of %3×%4, one colour scale for all.</source>
        <translation>
            <numerusform>%1 für %2: %n Kanal mit %3×%4, eine Farbskala für alle.</numerusform>
            <numerusform>%1 für %2: %n Kanäle mit %3×%4, eine Farbskala für alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="84"/>
        <source>%1 for %2: %n values.</source>
        <translation>
            <numerusform>%1 für %2: %n Wert.</numerusform>
            <numerusform>%1 für %2: %n Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="86"/>
        <source>The first %1 are shown.</source>
        <translation>Die ersten %1 werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>nw::GraphEditorWidget</name>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="53"/>
        <source>The lesson keeps the network&apos;s connections as they are.</source>
        <translation>Die Lektion lässt die Verbindungen des Netzes, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="58"/>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="72"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="73"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="98"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="100"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="198"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="101"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="102"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="104"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="105"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="107"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="108"/>
        <source>Show the whole network</source>
        <translation>Das ganze Netz zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="109"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="110"/>
        <source>Lay the network out from left to right</source>
        <translation>Das Netz von links nach rechts anordnen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="112"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="113"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="117"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="118"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="119"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="120"/>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
</context>
<context>
    <name>nw::GraphView</name>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="65"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
</context>
<context>
    <name>nw::HelpMenu</name>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="19"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="20"/>
        <source>&amp;Layer Reference</source>
        <translation>&amp;Schichtreferenz</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="26"/>
        <source>&amp;About Netwright</source>
        <translation>Ü&amp;ber Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="57"/>
        <source>About Netwright</source>
        <translation>Über Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="58"/>
        <source>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;A workbench for building, training and inspecting neural networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Bauen, Trainieren und Untersuchen neuronaler Netze.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und Eigen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nw::ImportWeightsDialog</name>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="30"/>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="31"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="33"/>
        <source>shape mismatch: %1 vs %2</source>
        <translation>Formen passen nicht: %1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="47"/>
        <source>Import Weights</source>
        <translation>Gewichte importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="49"/>
        <source>Weights from &lt;b&gt;%1&lt;/b&gt;, matched to this network by node id. Only the nodes marked loaded change; the others keep their weights.</source>
        <translation>Gewichte aus &lt;b&gt;%1&lt;/b&gt;, diesem Netz über die Knoten-ID zugeordnet. Nur die als geladen markierten Knoten ändern sich; die anderen behalten ihre Gewichte.</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="65"/>
        <source>The file has no tensor %1.%2</source>
        <translation>Die Datei hat keinen Tensor %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="68"/>
        <source>%1 is %2 in the file but %3 in this network</source>
        <translation>%1 ist %2 in der Datei, aber %3 in diesem Netz</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="77"/>
        <source>%1 loaded, %2 skipped, %3 with another shape</source>
        <translation>%1 geladen, %2 übersprungen, %3 mit anderer Form</translation>
    </message>
</context>
<context>
    <name>nw::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="41"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>nw::LatentScatter</name>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="124"/>
        <source>%1, unit 1</source>
        <translation>%1, Einheit 1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="129"/>
        <source>%1, unit 2</source>
        <translation>%1, Einheit 2</translation>
    </message>
</context>
<context>
    <name>nw::LayerPalette</name>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="45"/>
        <source>Search layers</source>
        <translation>Schichten suchen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="82"/>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
</context>
<context>
    <name>nw::LayerReferenceDialog</name>
    <message>
        <location filename="../app/gui/LayerReferenceDialog.cpp" line="16"/>
        <source>Layer Reference</source>
        <translation>Schichtreferenz</translation>
    </message>
</context>
<context>
    <name>nw::LessonController</name>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="52"/>
        <source>The lesson could not measure the test accuracy: %1</source>
        <translation>Die Lektion konnte die Testgenauigkeit nicht messen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="67"/>
        <source>Stop training before opening a lesson.</source>
        <translation>Beende das Training, bevor du eine Lektion öffnest.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="99"/>
        <source>Opened the lesson “%1”.</source>
        <translation>Lektion „%1“ geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="114"/>
        <source>Closed the lesson; nothing is locked now.</source>
        <translation>Lektion geschlossen; nichts ist mehr gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="125"/>
        <source>Stop training before going to a step that opens another network.</source>
        <translation>Beende das Training, bevor du zu einem Schritt gehst, der ein anderes Netz öffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="235"/>
        <source>the network has problems</source>
        <translation>das Netz hat Probleme</translation>
    </message>
</context>
<context>
    <name>nw::LessonDock</name>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="18"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="21"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="22"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="40"/>
        <source>Close Lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="42"/>
        <source>Leave the lesson: every lock is lifted and the network stays as it is</source>
        <translation>Lektion verlassen: alle Sperren werden aufgehoben, das Netz bleibt, wie es ist</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="81"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Not reached yet</source>
        <translation>Noch nicht erreicht</translation>
    </message>
</context>
<context>
    <name>nw::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>Step Through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="309"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Open &amp;Lesson</source>
        <translation>&amp;Lektion öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>From a &amp;File…</source>
        <translation>Aus einer &amp;Datei…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Open a lesson (*.nwlesson): steps to read, goals to reach, settings the teacher locked</source>
        <translation>Eine Lektion öffnen (*.nwlesson): Schritte zum Lesen, Ziele zum Erreichen, Einstellungen, die die Lehrkraft gesperrt hat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Open &amp;Example</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Example &amp;Gallery…</source>
        <translation>Beispiel&amp;galerie…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="341"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="350"/>
        <source>Save as &amp;Lesson…</source>
        <translation>Als &amp;Lektion speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="351"/>
        <source>Make a lesson of this project: steps to read, locks and goals (*.nwlesson)</source>
        <translation>Aus diesem Projekt eine Lektion machen: Schritte, Sperren und Ziele (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>&amp;ONNX Model…</source>
        <translation>&amp;ONNX-Modell…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="360"/>
        <source>Import &amp;Weights…</source>
        <translation>&amp;Gewichte importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Start from another network&apos;s weights: a project or a .safetensors file, matched node by node</source>
        <translation>Mit den Gewichten eines anderen Netzes beginnen: ein Projekt oder eine .safetensors-Datei, Knoten für Knoten zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="374"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="394"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="416"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="448"/>
        <source>Training ended: %1</source>
        <translation>Training beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="454"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>%1[*] — Netwright</source>
        <translation>%1[*] — Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="565"/>
        <source>Save as Lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="566"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Netwright-Lektionen (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="571"/>
        <source>Saved the lesson %1</source>
        <translation>Lektion %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="574"/>
        <source>Cannot save the lesson</source>
        <translation>Die Lektion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>Restart Netwright</source>
        <translation>Netwright neu starten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>The new language applies when Netwright starts again. Restart now?</source>
        <translation>Die neue Sprache gilt beim nächsten Start von Netwright. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>nw::MatrixHeatmap</name>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="23"/>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="24"/>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="180"/>
        <source>%1 %2 “%3”, %4 %5 “%6”: %7</source>
        <extracomment>Hover text of a heatmap cell: &quot;query 3 “a”, key 5 “b”: 0.2310&quot; (axis name, number, token; twice; the value)</extracomment>
        <translation>%1 %2 „%3“, %4 %5 „%6“: %7</translation>
    </message>
</context>
<context>
    <name>nw::NetworkGraphModel</name>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="95"/>
        <location filename="../core/model/NetworkGraphModel.cpp" line="97"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="99"/>
        <source>a node cannot feed its own input</source>
        <translation>ein Knoten kann nicht seine eigene Eingabe speisen</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="101"/>
        <source>there is no input port %1</source>
        <translation>es gibt keinen Eingangsport %1</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="105"/>
        <source>%1 &apos;%2&apos; takes no inputs</source>
        <translation>%1 „%2“ hat keine Eingänge</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="108"/>
        <source>%1 &apos;%2&apos; has a single input port</source>
        <translation>%1 „%2“ hat nur einen Eingangsport</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="109"/>
        <source>%1 &apos;%2&apos; has input ports 0 to %3, not %4</source>
        <translation>%1 „%2“ hat die Eingangsports 0 bis %3, nicht %4</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="113"/>
        <source>input %1 of &apos;%2&apos; is already connected to &apos;%3&apos;</source>
        <translation>Eingang %1 von „%2“ ist bereits mit „%3“ verbunden</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsHover</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="73"/>
        <source>%1: what each unit outputs over the plane</source>
        <translation>%1: was jede Einheit über der Ebene ausgibt</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="75"/>
        <source>Train the network to see what each unit of this layer responds to.</source>
        <translation>Trainieren Sie das Netz, um zu sehen, worauf jede Einheit dieser Schicht reagiert.</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsPopup</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="39"/>
        <source>The first %1 of %2 units. Orange: negative, blue: positive.</source>
        <translation>Die ersten %1 von %2 Einheiten. Orange: negativ, Blau: positiv.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="40"/>
        <source>Orange: negative, blue: positive.</source>
        <translation>Orange: negativ, Blau: positiv.</translation>
    </message>
</context>
<context>
    <name>nw::NodeInspector</name>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="69"/>
        <source>Select a layer to see and edit its parameters.</source>
        <translation>Wählen Sie eine Schicht, um ihre Parameter zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="75"/>
        <source>Trainable</source>
        <translation>Trainierbar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="101"/>
        <source>L1 penalty on this layer&apos;s weights: pushes small weights to exactly zero</source>
        <translation>L1-Strafe auf die Gewichte dieser Schicht: drückt kleine Gewichte auf genau null</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="102"/>
        <source>L2 penalty (weight decay) on this layer&apos;s weights: keeps weights small</source>
        <translation>L2-Strafe (Weight Decay) auf die Gewichte dieser Schicht: hält die Gewichte klein</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="103"/>
        <source>Untick to freeze this layer&apos;s weights during training</source>
        <translation>Abwählen, um die Gewichte dieser Schicht beim Training einzufrieren</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="105"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="108"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="109"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="111"/>
        <source>Compiled</source>
        <translation>Kompiliert</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="113"/>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="114"/>
        <location filename="../widgets/graph/NodeInspector.cpp" line="123"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="115"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="117"/>
        <source>Imported: from File &gt; Import Weights; trained: by a run or from the project&apos;s weights file; initial: drawn from the seed. Start keeps imported and trained weights.</source>
        <translation>Importiert: über Datei &gt; Gewichte importieren; trainiert: durch einen Lauf oder aus der Gewichtsdatei des Projekts; initial: aus dem Seed gezogen. Start behält importierte und trainierte Gewichte.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="211"/>
        <source>This layer type is unknown to this version of Netwright.</source>
        <translation>Dieser Schichttyp ist dieser Version von Netwright unbekannt.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="223"/>
        <source>This layer has no parameters.</source>
        <translation>Diese Schicht hat keine Parameter.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="276"/>
        <source>e.g. 1x28x28</source>
        <translation>z. B. 1x28x28</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="338"/>
        <source>not compiled yet</source>
        <translation>noch nicht kompiliert</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="343"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="357"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="359"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="360"/>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="363"/>
        <source>initial (from the seed)</source>
        <translation>initial (aus dem Seed)</translation>
    </message>
</context>
<context>
    <name>nw::NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="74"/>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="124"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="145"/>
        <source>%1 params</source>
        <translation>%1 Param.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="167"/>
        <source>%1 · output</source>
        <translation>%1 · Ausgabe</translation>
    </message>
</context>
<context>
    <name>nw::PathEdit</name>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>nw::PrecisionRecallPanel</name>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="73"/>
        <source>Macro average precision %1</source>
        <translation>Makro-gemittelte Präzision %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="89"/>
        <source>Precision-recall curves are for classifiers with at least two classes.</source>
        <translation>Precision-Recall-Kurven gibt es nur für Klassifikatoren mit mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="90"/>
        <source>Evaluate the trained model to see its precision-recall curves.</source>
        <translation>Werten Sie das trainierte Modell aus, um seine Precision-Recall-Kurven zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="99"/>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="102"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="105"/>
        <source>Micro average (AP %1)</source>
        <translation>Mikro-Mittel (AP %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="108"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="109"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="140"/>
        <source>none (recall 0)</source>
        <translation>keine (Trefferquote 0)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="142"/>
        <source>%1
Threshold: %2
Precision: %3
Recall: %4</source>
        <translation>%1
Schwelle: %2
Präzision: %3
Trefferquote: %4</translation>
    </message>
</context>
<context>
    <name>nw::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="19"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="26"/>
        <source>A new language applies when Netwright starts again.</source>
        <translation>Eine neue Sprache gilt beim nächsten Start von Netwright.</translation>
    </message>
</context>
<context>
    <name>nw::PresentationMode</name>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="18"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="19"/>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>&amp;Farbenblind-sichere Farben</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="25"/>
        <source>Larger text, thicker lines, high-contrast colours and only the main views: for a projector</source>
        <translation>Größere Schrift, dickere Linien, kontrastreiche Farben und nur die Hauptansichten: für einen Beamer</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="32"/>
        <source>Class colours that stay distinct with red-green or blue-yellow colour blindness (Okabe-Ito)</source>
        <translation>Klassenfarben, die auch bei Rot-Grün- oder Blau-Gelb-Farbenblindheit unterscheidbar bleiben (Okabe-Ito)</translation>
    </message>
</context>
<context>
    <name>nw::ProblemsPanel</name>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="51"/>
        <source>Click to show &apos;%1&apos; in the editor</source>
        <translation>Klicken, um „%1“ im Editor zu zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No problems: every shape fits.</source>
        <translation>Keine Probleme: alle Formen passen.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No network open.</source>
        <translation>Kein Netz geöffnet.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionPage</name>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="17"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="22"/>
        <source>The layer whose outputs are projected.</source>
        <translation>Die Schicht, deren Ausgaben projiziert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="23"/>
        <source>Project the layer again with the current weights.</source>
        <translation>Die Schicht mit den aktuellen Gewichten erneut projizieren.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="26"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="45"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Wo die Testproben im Raum einer verborgenen Schicht liegen: Jede Gruppe ist, was die Schicht zusammenfasst.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionScatter</name>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="169"/>
        <source>PC 1 (%1% of the variance)</source>
        <translation>HK 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="174"/>
        <source>PC 2 (%1% of the variance)</source>
        <translation>HK 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="231"/>
        <source>wrong (%1)</source>
        <translation>falsch (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="249"/>
        <source>True: %1</source>
        <translation>Wahr: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="251"/>
        <source>Predicted: %1</source>
        <translation>Vorhergesagt: %1</translation>
    </message>
</context>
<context>
    <name>nw::RecentFiles</name>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="75"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="79"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionGallery</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="117"/>
        <source>Evaluate an autoencoder (data with task=reconstruction) to see its inputs beside its reconstructions.</source>
        <translation>Werten Sie einen Autoencoder aus (Daten mit task=reconstruction), um seine Eingaben neben ihren Rekonstruktionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="139"/>
        <source>#%1 · error %2
sample %3</source>
        <translation>#%1 · Fehler %2
Beispiel %3</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionPanel</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="30"/>
        <source>◀ Worse</source>
        <translation>◀ Schlechter</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="31"/>
        <source>Better ▶</source>
        <translation>Besser ▶</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="41"/>
        <source>The previous page: samples reconstructed worse</source>
        <translation>Die vorige Seite: schlechter rekonstruierte Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="42"/>
        <source>The next page: samples reconstructed better</source>
        <translation>Die nächste Seite: besser rekonstruierte Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="49"/>
        <source>Click anywhere on the latent space: the decoder turns that point into an image.</source>
        <translation>Klicken Sie irgendwo in den latenten Raum: Der Decoder macht aus diesem Punkt ein Bild.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="50"/>
        <source>Each evaluated sample at its 2-unit bottleneck code, coloured by class. Click to decode a point.</source>
        <translation>Jedes ausgewertete Beispiel an seinem Code im Engpass aus 2 Einheiten, nach Klasse gefärbt. Klicken Sie, um einen Punkt zu dekodieren.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="111"/>
        <source>The latent space is drawn for a chain of layers with a bottleneck: a layer narrower than both the input and the output.</source>
        <translation>Der latente Raum wird für eine Kette von Schichten mit Engpass gezeichnet: einer Schicht, die schmaler ist als Eingabe und Ausgabe.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="115"/>
        <source>The latent space is drawn for a bottleneck of 2 units. This network&apos;s narrowest layer, &apos;%1&apos;, holds %2 values.</source>
        <translation>Der latente Raum wird für einen Engpass aus 2 Einheiten gezeichnet. Die schmalste Schicht dieses Netzes, &apos;%1&apos;, hat %2 Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="127"/>
        <source>Evaluate to see how well the network gives its inputs back.</source>
        <translation>Werten Sie aus, um zu sehen, wie gut das Netz seine Eingaben zurückgibt.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="130"/>
        <source>This data is not reconstruction data: set task=reconstruction in the dataset spec to train an autoencoder.</source>
        <translation>Diese Daten sind keine Rekonstruktionsdaten: Setzen Sie task=reconstruction in der Datensatzangabe, um einen Autoencoder zu trainieren.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="135"/>
        <source>Reconstruction error (mean squared error per value): mean %1, worst %2, best %3; samples: %4.</source>
        <translation>Rekonstruktionsfehler (mittlerer quadratischer Fehler pro Wert): Mittel %1, schlechtester %2, bester %3; Beispiele: %4.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="141"/>
        <source>Denoising: each cell shows the noisy input (std %1), the reconstruction and the clean target.</source>
        <translation>Entrauschen: Jede Zelle zeigt die verrauschte Eingabe (Standardabweichung %1), die Rekonstruktion und das saubere Ziel.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="144"/>
        <source>Each cell shows the input and its reconstruction.</source>
        <translation>Jede Zelle zeigt die Eingabe und ihre Rekonstruktion.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="153"/>
        <source>Page %1 of %2, worst first</source>
        <translation>Seite %1 von %2, schlechteste zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="202"/>
        <source>The decoder&apos;s image for the point (%1, %2) of the latent space.</source>
        <translation>Das Bild des Decoders für den Punkt (%1, %2) des latenten Raums.</translation>
    </message>
</context>
<context>
    <name>nw::RecurrentPage</name>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="44"/>
        <source>Input gate i</source>
        <translation>Eingangsgate i</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="46"/>
        <source>Forget gate f</source>
        <translation>Vergessensgate f</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="48"/>
        <source>Cell candidate g</source>
        <translation>Zellkandidat g</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="50"/>
        <source>Output gate o</source>
        <translation>Ausgangsgate o</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="53"/>
        <source>Reset gate r</source>
        <translation>Reset-Gate r</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="55"/>
        <source>Update gate z</source>
        <translation>Update-Gate z</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="57"/>
        <source>Candidate n</source>
        <translation>Kandidat n</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="73"/>
        <source>The recurrent layer whose states are shown</source>
        <translation>Die rekurrente Schicht, deren Zustände gezeigt werden</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="75"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="87"/>
        <source>Rows are units, columns the sample&apos;s steps: blue below zero, red above. Hover a cell for its value.</source>
        <translation>Zeilen sind Einheiten, Spalten die Schritte des Beispiels: blau unter null, rot darüber. Zeigen Sie auf eine Zelle für ihren Wert.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="96"/>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="175"/>
        <source>Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step.</source>
        <translation>Öffnen Sie ein Beispiel eines Netzes mit SimpleRNN-, LSTM- oder GRU-Schichten, um seine Zustände Schritt für Schritt zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="174"/>
        <source>This network has no recurrent layer.</source>
        <translation>Dieses Netz hat keine rekurrente Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="199"/>
        <source>Hidden state h of %1 (%2): units x steps</source>
        <translation>Verborgener Zustand h von %1 (%2): Einheiten x Schritte</translation>
    </message>
</context>
<context>
    <name>nw::RocPanel</name>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="78"/>
        <source>Samples whose probability of the positive class reaches the threshold are predicted positive.</source>
        <translation>Stichproben, deren Wahrscheinlichkeit für die positive Klasse die Schwelle erreicht, werden als positiv vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="131"/>
        <source>ROC curves are for classifiers with at least two classes.</source>
        <translation>ROC-Kurven gibt es nur für Klassifikatoren mit mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="132"/>
        <source>Evaluate the trained model to see its ROC curves.</source>
        <translation>Werten Sie das trainierte Modell aus, um seine ROC-Kurven zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="140"/>
        <source>%1 vs %2 (AUC %3)</source>
        <translation>%1 gegen %2 (AUC %3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="144"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="146"/>
        <source>Micro average (AUC %1)</source>
        <translation>Mikro-Mittel (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="148"/>
        <source>Macro average (AUC %1)</source>
        <translation>Makro-Mittel (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="172"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="173"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="178"/>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="207"/>
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="225"/>
        <source>averaged, no single threshold</source>
        <translation>gemittelt, keine einzelne Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="228"/>
        <source>above every score</source>
        <translation>über jedem Wert</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="230"/>
        <source>%1
Threshold: %2
TPR: %3
FPR: %4</source>
        <translation>%1
Schwelle: %2
TPR: %3
FPR: %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="267"/>
        <source>Threshold on P(%1): %2 — TPR %3, FPR %4</source>
        <translation>Schwelle auf P(%1): %2 — TPR %3, FPR %4</translation>
    </message>
</context>
<context>
    <name>nw::RunTimeline</name>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="16"/>
        <source>Branch from Here</source>
        <translation>Von hier abzweigen</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="23"/>
        <source>Rewind the model to an epoch of this run: the boundary, the evaluation and the explanations show it as it was then</source>
        <translation>Das Modell auf eine Epoche dieses Laufs zurückspulen: Grenze, Auswertung und Erklärungen zeigen es, wie es damals war</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="30"/>
        <source>Start a new run from the weights of the epoch shown, with the settings as they are now; it is kept as a branch of this run</source>
        <translation>Einen neuen Lauf mit den Gewichten der gezeigten Epoche und den jetzigen Einstellungen starten; er wird als Zweig dieses Laufs geführt</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="90"/>
        <source>%1: epoch %2 (its end)</source>
        <translation>%1: Epoche %2 (ihr Ende)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="91"/>
        <source>%1: rewound to epoch %2 of %3</source>
        <translation>%1: zurückgespult auf Epoche %2 von %3</translation>
    </message>
</context>
<context>
    <name>nw::RunsController</name>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="137"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="145"/>
        <location filename="../app/gui/RunsController.cpp" line="222"/>
        <source>The run could not be kept in runs/: %1</source>
        <translation>Der Lauf konnte nicht in runs/ abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="211"/>
        <source>A run could not be read: %1</source>
        <translation>Ein Lauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="233"/>
        <source>Epoch %1 of this run was not kept.</source>
        <translation>Epoche %1 dieses Laufs wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="238"/>
        <source>The model cannot be rewound while training runs.</source>
        <translation>Während das Training läuft, kann das Modell nicht zurückgespult werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="246"/>
        <source>The model is as %1 left it at epoch %2.</source>
        <translation>Das Modell ist so, wie %1 es bei Epoche %2 hinterließ.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="270"/>
        <source>A run needs a name.</source>
        <translation>Ein Lauf braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="295"/>
        <source>Kept epochs for rewinding: %1 (at most %2 per run, %3 in all).</source>
        <translation>Aufbewahrte Epochen zum Zurückspulen: %1 (höchstens %2 pro Lauf, %3 insgesamt).</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="309"/>
        <source>%1&apos;s epochs were let go to keep memory bounded (newer runs keep theirs): only its final weights are kept, in runs/.</source>
        <translation>Die Epochen von %1 wurden freigegeben, um den Speicher zu begrenzen (neuere Läufe behalten ihre): nur die Endgewichte sind aufbewahrt, in runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="312"/>
        <source>%1 was trained before the project was opened: only its final weights are kept, in runs/.</source>
        <translation>%1 wurde trainiert, bevor das Projekt geöffnet wurde: nur seine Endgewichte sind aufbewahrt, in runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="314"/>
        <source>Train the network: every run is kept, and this timeline rewinds it epoch by epoch.</source>
        <translation>Trainieren Sie das Netz: jeder Lauf wird aufbewahrt, und diese Zeitleiste spult ihn Epoche für Epoche zurück.</translation>
    </message>
</context>
<context>
    <name>nw::RunsPanel</name>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Val. acc.</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Test acc.</source>
        <translation>Test-Gen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="68"/>
        <source>Overlay this run&apos;s curves on the charts</source>
        <translation>Die Kurven dieses Laufs über die Diagramme legen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="69"/>
        <source>The run and epoch this run continued from</source>
        <translation>Der Lauf und die Epoche, von denen dieser Lauf ausging</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="122"/>
        <source>%1 (double-click to rename)</source>
        <translation>%1 (Doppelklick zum Umbenennen)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="123"/>
        <source>Not saved yet: kept in runs/ beside the project when it is saved.</source>
        <translation>Noch nicht gespeichert: wird beim Speichern des Projekts in runs/ daneben abgelegt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="126"/>
        <source>%1, epoch %2</source>
        <translation>%1, Epoche %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="138"/>
        <source>No runs yet. Every training run is kept here with its settings and curves; tick Show to overlay runs on the charts, select two to compare them.</source>
        <translation>Noch keine Läufe. Jeder Trainingslauf wird hier mit Einstellungen und Kurven aufbewahrt; Zeigen legt Läufe über die Diagramme, zwei ausgewählte werden verglichen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="140"/>
        <source>%1 runs. Tick Show to overlay a run&apos;s curves; select two runs to compare them. %2</source>
        <translation>%1 Läufe. Zeigen legt die Kurven eines Laufs über die Diagramme; zwei ausgewählte Läufe werden verglichen. %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="170"/>
        <source>Select two runs to see the settings and figures in which they differ.</source>
        <translation>Wählen Sie zwei Läufe, um die Einstellungen und Werte zu sehen, in denen sie sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="172"/>
        <location filename="../widgets/panels/RunsPanel.cpp" line="183"/>
        <source>Setting or figure</source>
        <translation>Einstellung oder Wert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="180"/>
        <source>%1 and %2 ran with the same settings and ended alike.</source>
        <translation>%1 und %2 liefen mit denselben Einstellungen und endeten gleich.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="182"/>
        <source>Where %1 and %2 differ:</source>
        <translation>Worin sich %1 und %2 unterscheiden:</translation>
    </message>
</context>
<context>
    <name>nw::SampleGallery</name>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="45"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um ihre Stichproben zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="78"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="79"/>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="89"/>
        <source>Sample %1</source>
        <translation>Stichprobe %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="91"/>
        <source> (%1, #%2)</source>
        <translation> (%1, #%2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="94"/>
        <source>True %1, predicted %2 (%3)</source>
        <translation>Wahr %1, vorhergesagt %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="96"/>
        <source>Loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/SampleGallery.cpp" line="100"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Stichprobe</numerusform>
            <numerusform>%n Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="102"/>
        <source>, the %1 most confident shown</source>
        <translation>, die %1 sichersten gezeigt</translation>
    </message>
</context>
<context>
    <name>nw::SampleInspector</name>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="33"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="34"/>
        <source>Why the network predicts what it does for this sample: open it in the Explain dock.</source>
        <translation>Warum das Netz für diese Probe vorhersagt, was es vorhersagt: im Fenster „Erklären“ öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="71"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="84"/>
        <source>Click a sample in a gallery, a confusion cell or the decision boundary to inspect it.</source>
        <translation>Klicken Sie auf ein Beispiel in einer Galerie, eine Zelle der Konfusionsmatrix oder einen Punkt der Entscheidungsgrenze, um es zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="120"/>
        <source>Sample %1 was not part of this evaluation.</source>
        <translation>Stichprobe %1 war nicht Teil dieser Auswertung.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="130"/>
        <source>Sample %1 of the %2 split</source>
        <translation>Stichprobe %1 des Teils %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="132"/>
        <source> — %1, #%2</source>
        <translation> — %1, #%2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="151"/>
        <source>The sample&apos;s tokens and the ids the network sees, padding left out.</source>
        <translation>Die Tokens der Probe und die Ids, die das Netz sieht, ohne Auffüllung.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="170"/>
        <source>Values as the network sees them (tabular data is standardised).</source>
        <translation>Werte, wie das Netz sie sieht (Tabellendaten sind standardisiert).</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="179"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;correct&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2a7a2a&apos;&gt;richtig&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="180"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;wrong&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;falsch&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="181"/>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Loss on this sample: %5</source>
        <translation>Wahre Klasse: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vorhergesagt: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Verlust für diese Stichprobe: %5</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="194"/>
        <source>Every position is classified; the bars show position 1.&lt;br&gt;True: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 of %4 positions right</source>
        <translation>Jede Position wird klassifiziert; die Balken zeigen Position 1.&lt;br&gt;Richtig: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vorhergesagt: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 von %4 Positionen richtig</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="215"/>
        <source>Predicted: %1&lt;br&gt;Loss on this sample (squared error): %2</source>
        <translation>Vorhergesagt: %1&lt;br&gt;Verlust für diese Stichprobe (quadratischer Fehler): %2</translation>
    </message>
</context>
<context>
    <name>nw::SampleTableModel</name>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="38"/>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>tokens (id)</source>
        <translation>Tokens (Id)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <source>class per position</source>
        <translation>Klasse je Position</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
</context>
<context>
    <name>nw::SaveLessonDialog</name>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="43"/>
        <source>Hide the layer palette</source>
        <translation>Ebenen-Palette ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="44"/>
        <source>Lock the network (no layer added, removed or reconnected)</source>
        <translation>Netz sperren (keine Ebene hinzufügen, entfernen oder neu verbinden)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="46"/>
        <source>Only these training settings may change:</source>
        <translation>Nur diese Trainingseinstellungen dürfen sich ändern:</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="50"/>
        <source>Save as Lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="54"/>
        <source>## First step
What to read and do…

## Second step
…</source>
        <translation>## Erster Schritt
Was zu lesen und zu tun ist…

## Zweiter Schritt
…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="56"/>
        <source>layer settings that stay editable, e.g. units, rate</source>
        <translation>Ebeneneinstellungen, die änderbar bleiben, z. B. units, rate</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="70"/>
        <source>Read a Markdown File…</source>
        <translation>Markdown-Datei lesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="72"/>
        <source>Add Goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="75"/>
        <source>Remove Goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="78"/>
        <source>Steps (each &quot;## Title&quot; starts one)</source>
        <translation>Schritte (jedes „## Titel“ beginnt einen)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="82"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="89"/>
        <source>Goals the program checks</source>
        <translation>Ziele, die das Programm prüft</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="108"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Read a Markdown File</source>
        <translation>Markdown-Datei lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="135"/>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="188"/>
        <source>Accuracies as fractions: 0.95 is 95%</source>
        <translation>Genauigkeiten als Anteile: 0.95 sind 95 %</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="231"/>
        <source>Write the lesson&apos;s text first: each step starts with a line &quot;## Title&quot;.</source>
        <translation>Schreibe zuerst den Text der Lektion: jeder Schritt beginnt mit einer Zeile „## Titel“.</translation>
    </message>
</context>
<context>
    <name>nw::SparsityChart</name>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="39"/>
        <source>Pruned</source>
        <translation>Beschnitten</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="40"/>
        <source>Fine-tuned</source>
        <translation>Nachtrainiert</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="41"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="49"/>
        <source>Magnitude pruning, no fine-tuning</source>
        <translation>Betragsbasiertes Beschneiden, ohne Nachtraining</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="51"/>
        <source>Sparsity (%)</source>
        <translation>Dünnbesetzung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>nw::StepFormulas</name>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="30"/>
        <source>(%1 more terms)</source>
        <translation>(%1 weitere Terme)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="76"/>
        <source>%1 values: the formula for output %2 (the highlighted one); the strip shows them all.</source>
        <translation>%1 Werte: die Formel für Ausgabe %2 (die hervorgehobene); der Streifen zeigt alle.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="28"/>
        <source>Forward: %1</source>
        <translation>Vorwärts: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="30"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="32"/>
        <source>Backward: %1</source>
        <translation>Rückwärts: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="34"/>
        <source>Update: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="113"/>
        <source>The sample enters the network: %1 values.</source>
        <translation>Das Beispiel kommt ins Netz: %1 Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="122"/>
        <source>Its class: %1</source>
        <translation>Seine Klasse: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="142"/>
        <source>%1 turns its input into %2 values; the strip and the card show them.</source>
        <translation>%1 macht aus seiner Eingabe %2 Werte; Streifen und Karte zeigen sie.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="190"/>
        <source>&lt;b&gt;Dropout&lt;/b&gt; (training mode): each value is kept and scaled, or set to 0.</source>
        <translation>&lt;b&gt;Dropout&lt;/b&gt; (Trainingsmodus): jeder Wert wird behalten und skaliert oder auf 0 gesetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="191"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes every value on unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gibt jeden Wert unverändert weiter.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="263"/>
        <source>&lt;b&gt;Convolution&lt;/b&gt;: each output is the bias plus the sum over a %1×%2 window of all %3 input channels, weight times input.</source>
        <translation>&lt;b&gt;Faltung&lt;/b&gt;: jede Ausgabe ist der Bias plus die Summe über ein %1×%2-Fenster aller %3 Eingabekanäle, Gewicht mal Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="268"/>
        <source>Output channel %1, row %2, column %3 (highlighted):</source>
        <translation>Ausgabekanal %1, Zeile %2, Spalte %3 (hervorgehoben):</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="289"/>
        <source>&lt;b&gt;Cross-entropy&lt;/b&gt;: softmax turns the scores into probabilities, and the loss is minus the log of the true class&apos;s probability.</source>
        <translation>&lt;b&gt;Kreuzentropie&lt;/b&gt;: Softmax macht aus den Scores Wahrscheinlichkeiten, und der Verlust ist minus der Logarithmus der Wahrscheinlichkeit der wahren Klasse.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="294"/>
        <source>True class: %1 (output %2)</source>
        <translation>Wahre Klasse: %1 (Ausgabe %2)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="303"/>
        <source>With label smoothing ε = %1 the target keeps 1 − ε on the true class and spreads ε evenly over all %2 classes.</source>
        <translation>Mit Label Smoothing ε = %1 behält das Ziel 1 − ε bei der wahren Klasse und verteilt ε gleichmäßig auf alle %2 Klassen.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="319"/>
        <source>&lt;b&gt;Mean squared error&lt;/b&gt;: the mean of the squared differences from the target.</source>
        <translation>&lt;b&gt;Mittlerer quadratischer Fehler&lt;/b&gt;: der Mittelwert der quadrierten Abweichungen vom Ziel.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="323"/>
        <source>&lt;b&gt;Binary cross-entropy&lt;/b&gt; on the sigmoid of each score:</source>
        <translation>&lt;b&gt;Binäre Kreuzentropie&lt;/b&gt; auf dem Sigmoid jedes Scores:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="330"/>
        <source>Plus the L1/L2 penalty on the weights: %1; the loss trained on is %2.</source>
        <translation>Dazu die L1/L2-Strafe auf die Gewichte: %1; trainiert wird auf den Verlust %2.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="70"/>
        <source>The loss&apos;s gradient at the scores: the probability minus the smoothed target, %1 at the true class and %2 elsewhere (label smoothing %3).</source>
        <translation>Der Gradient des Verlusts an den Scores: die Wahrscheinlichkeit minus das geglättete Ziel, %1 bei der wahren Klasse und %2 sonst (Label Smoothing %3).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="75"/>
        <source>The loss&apos;s gradient at the scores: the probability minus 1 at the true class, minus 0 elsewhere.</source>
        <translation>Der Gradient des Verlusts an den Scores: die Wahrscheinlichkeit minus 1 bei der wahren Klasse, minus 0 sonst.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="89"/>
        <source>The loss&apos;s gradient at the network&apos;s output:</source>
        <translation>Der Gradient des Verlusts an der Ausgabe des Netzes:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="94"/>
        <source>The gradient that arrives at this node&apos;s output from the layers after it:</source>
        <translation>Der Gradient, der von den folgenden Schichten an der Ausgabe dieses Knotens ankommt:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="101"/>
        <source>This is the gradient at the input: how the loss would change with each input value (what a saliency map shows).</source>
        <translation>Das ist der Gradient an der Eingabe: wie sich der Verlust mit jedem Eingabewert ändern würde (was eine Saliency-Karte zeigt).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="112"/>
        <source>&lt;b&gt;Chain rule for y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</source>
        <translation>&lt;b&gt;Kettenregel für y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="133"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes the gradient back unchanged, in the input&apos;s shape.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gibt den Gradienten unverändert zurück, in der Form der Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="146"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</source>
        <translation>&lt;b&gt;Kettenregel&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="148"/>
        <source>&lt;b&gt;Chain rule through tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</source>
        <translation>&lt;b&gt;Kettenregel durch tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="150"/>
        <source>&lt;b&gt;Chain rule through ReLU&lt;/b&gt;: the gradient passes where x &gt; 0 and stops elsewhere.</source>
        <translation>&lt;b&gt;Kettenregel durch ReLU&lt;/b&gt;: der Gradient fließt, wo x &gt; 0 ist, und hält sonst an.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="152"/>
        <source>&lt;b&gt;Chain rule through σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</source>
        <translation>&lt;b&gt;Kettenregel durch σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="163"/>
        <source>&lt;b&gt;Chain rule for a convolution&lt;/b&gt;: each weight&apos;s gradient sums ∂L/∂y times the input it met, over every position of the window; each bias&apos;s gradient sums ∂L/∂y over its channel.</source>
        <translation>&lt;b&gt;Kettenregel für eine Faltung&lt;/b&gt;: der Gradient jedes Gewichts summiert ∂L/∂y mal die Eingabe, auf die es traf, über jede Position des Fensters; der Gradient jedes Bias summiert ∂L/∂y über seinen Kanal.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="176"/>
        <source>%1: %2 gradients (the update stage shows them).</source>
        <translation>%1: %2 Gradienten (die Aktualisierung zeigt sie).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="181"/>
        <source>Parameter gradients include the L1/L2 penalty&apos;s share and any clipping (the update uses them so).</source>
        <translation>Die Parametergradienten enthalten den Anteil der L1/L2-Strafe und ein etwaiges Clipping (so verwendet sie die Aktualisierung).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="194"/>
        <source>&lt;b&gt;SGD&lt;/b&gt;: each parameter moves against its gradient, by the learning rate %1.</source>
        <translation>&lt;b&gt;SGD&lt;/b&gt;: jeder Parameter bewegt sich gegen seinen Gradienten, mit der Lernrate %1.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="197"/>
        <source>&lt;b&gt;SGD with momentum %1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;SGD mit Momentum %1&lt;/b&gt;, Lernrate %2:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, step t = %2, learning rate %3, β₁ = %4, β₂ = %5:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Schritt t = %2, Lernrate %3, β₁ = %4, β₂ = %5:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="208"/>
        <source>On the first step the moments start at 0, so each weight moves by about the learning rate, against the sign of its gradient.</source>
        <translation>Beim ersten Schritt beginnen die Momente bei 0, daher bewegt sich jedes Gewicht um etwa die Lernrate, gegen das Vorzeichen seines Gradienten.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Lernrate %2:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="228"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="233"/>
        <source>The gradients were clipped: their norm %1 was above the limit.</source>
        <translation>Die Gradienten wurden begrenzt: ihre Norm %1 lag über der Grenze.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughController</name>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="36"/>
        <source>Previous Step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="37"/>
        <source>Next Step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="38"/>
        <source>Step Through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="49"/>
        <source>Walk one training step on the sample open in Explain through the network, node by node: forward, loss, backward, update</source>
        <translation>Einen Trainingsschritt mit dem in „Erklären“ geöffneten Beispiel Knoten für Knoten durch das Netz verfolgen: vorwärts, Verlust, rückwärts, Aktualisierung</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="130"/>
        <source>Preparing the network…</source>
        <translation>Das Netz wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="134"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Dieses Beispiel (%1) passt nicht zur Eingabe des Netzes (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>untrainiert: die Anfangsgewichte aus dem Seed</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>trained weights</source>
        <translation>trainierte Gewichte</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="181"/>
        <source>This sample cannot be stepped through: %1</source>
        <translation>Dieses Beispiel kann nicht schrittweise durchlaufen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="223"/>
        <source>Apply Step is off while the network trains.</source>
        <translation>„Schritt anwenden“ ist aus, solange das Netz trainiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="225"/>
        <source>The step was applied: the network&apos;s weights changed. Undo Apply puts back the weights of before.</source>
        <translation>Der Schritt wurde angewendet: die Gewichte des Netzes haben sich geändert. „Anwenden rückgängig“ stellt die vorherigen Gewichte wieder her.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="227"/>
        <source>Apply Step writes this update into the network&apos;s weights, as one training step on this sample.</source>
        <translation>„Schritt anwenden“ schreibt diese Aktualisierung in die Gewichte des Netzes, als einen Trainingsschritt mit diesem Beispiel.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughOverlay</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughOverlay.cpp" line="113"/>
        <source>step of %1</source>
        <translation>Schritt von %1</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughPanel</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="24"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="25"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="26"/>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="31"/>
        <source>Apply Step</source>
        <translation>Schritt anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="32"/>
        <source>Undo Apply</source>
        <translation>Anwenden rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="39"/>
        <source>Evaluation mode</source>
        <translation>Auswertungsmodus</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="40"/>
        <source>Training mode (dropout and batch statistics on)</source>
        <translation>Trainingsmodus (Dropout und Batch-Statistiken an)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="44"/>
        <source>largest</source>
        <translation>größte</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="45"/>
        <source>The output whose formula is written out when a layer has too many to show them all.</source>
        <translation>Die Ausgabe, deren Formel ausgeschrieben wird, wenn eine Schicht zu viele hat, um alle zu zeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="59"/>
        <source>Highlighted output:</source>
        <translation>Hervorgehobene Ausgabe:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="129"/>
        <source>Click a sample (the decision boundary, the confusion matrix&apos;s gallery, the dataset preview or the Sample dock) to walk one training step through the network.</source>
        <translation>Klicken Sie ein Beispiel an (Entscheidungsgrenze, Galerie der Konfusionsmatrix, Datensatzvorschau oder Beispiel-Dock), um einen Trainingsschritt durch das Netz zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="208"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>nw::TokenSourcePage</name>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="39"/>
        <source>Lower-case the text first</source>
        <translation>Text zuerst kleinschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="49"/>
        <source>Parity of a bit string</source>
        <translation>Parität einer Bitfolge</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="50"/>
        <source>Which of two tokens occurs more often</source>
        <translation>Welches von zwei Tokens öfter vorkommt</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="51"/>
        <source>Reverse the sequence (a class per position)</source>
        <translation>Folge umkehren (eine Klasse je Position)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="52"/>
        <source>Sort the sequence (a class per position)</source>
        <translation>Folge sortieren (eine Klasse je Position)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="53"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="54"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="71"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="55"/>
        <source>Samples:</source>
        <translation>Proben:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="56"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="85"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="59"/>
        <source>Choose labelled texts</source>
        <translation>Beschriftete Texte wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="60"/>
        <source>Texts (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Texte (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="62"/>
        <source>A CSV table with a text column and a label column, or lines LABEL&lt;tab&gt;TEXT.</source>
        <translation>Eine CSV-Tabelle mit einer Text- und einer Beschriftungsspalte, oder Zeilen LABEL&lt;tab&gt;TEXT.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="63"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Text column:</source>
        <translation>Textspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Empty: the first column that is not the label.</source>
        <translation>Leer: die erste Spalte, die nicht die Beschriftung ist.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Label column:</source>
        <translation>Beschriftungsspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Empty: the last column.</source>
        <translation>Leer: die letzte Spalte.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="68"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="69"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="70"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="72"/>
        <source>Vocabulary:</source>
        <translation>Vokabular:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="73"/>
        <source>So that &quot;The&quot; and &quot;the&quot; are one token.</source>
        <translation>Damit „The“ und „the“ ein Token sind.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="76"/>
        <source>Choose the folder of word lists</source>
        <translation>Ordner der Wortlisten wählen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="78"/>
        <source>Debian installs its word lists in /usr/share/dict.</source>
        <translation>Debian installiert seine Wortlisten in /usr/share/dict.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="79"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Two or more, separated by commas: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</source>
        <translation>Zwei oder mehr, durch Kommas getrennt: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="83"/>
        <source>Words per language:</source>
        <translation>Wörter je Sprache:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="84"/>
        <source>Longest word:</source>
        <translation>Längstes Wort:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="86"/>
        <source>German nouns start with a capital: lower-case them, or the model learns only that.</source>
        <translation>Deutsche Substantive beginnen groß: schreiben Sie sie klein, sonst lernt das Modell nur das.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="110"/>
        <source>every token</source>
        <translation>jedes Token</translation>
    </message>
</context>
<context>
    <name>nw::TrainingChartsWidget</name>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="111"/>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="112"/>
        <source>Show the loss on a logarithmic axis, where late, small improvements stay visible</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen, auf der späte, kleine Verbesserungen sichtbar bleiben</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="116"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="117"/>
        <source>Save the charts as a picture, or the numbers behind them as CSV</source>
        <translation>Die Diagramme als Bild speichern oder die Zahlen dahinter als CSV</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="120"/>
        <source>Charts as PNG…</source>
        <translation>Diagramme als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="122"/>
        <source>Charts as SVG…</source>
        <translation>Diagramme als SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="124"/>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="134"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="136"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="147"/>
        <source>Train, per batch</source>
        <translation>Training, pro Stapel</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="137"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="148"/>
        <source>Train, epoch</source>
        <translation>Training, Epoche</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="138"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="149"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="139"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="150"/>
        <source>Train, smoothed</source>
        <translation>Training, geglättet</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="143"/>
        <source>Loss (log scale)</source>
        <translation>Verlust (Log-Skala)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="155"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="156"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="167"/>
        <source>Press Train to see the loss fall.

Loss, accuracy and learning rate appear here while the network learns.</source>
        <translation>Drücken Sie „Trainieren“, um den Verlust fallen zu sehen.

Verlust, Genauigkeit und Lernrate erscheinen hier, während das Netz lernt.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="211"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="348"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="350"/>
        <source>%1: training</source>
        <translation>%1: Training</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="349"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="351"/>
        <source>%1: validation</source>
        <translation>%1: Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="507"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="513"/>
        <source>Epoch %1
%2: %3</source>
        <translation>Epoche %1
%2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="531"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="543"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="558"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="551"/>
        <source>Training charts</source>
        <translation>Trainingsdiagramme</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="552"/>
        <source>Loss, accuracy and learning rate, exported from Netwright</source>
        <translation>Verlust, Genauigkeit und Lernrate, exportiert aus Netwright</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="571"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="572"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="573"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="574"/>
        <source>Export training charts</source>
        <translation>Trainingsdiagramme exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="575"/>
        <source>training.%1</source>
        <translation>training.%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="585"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nw::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Loading the data: %1 of %2 files…</source>
        <translation>Daten werden geladen: %1 von %2 Dateien…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="68"/>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="70"/>
        <source>Train the network with the project&apos;s settings, from its imported or trained weights where it has them and the seed&apos;s elsewhere</source>
        <translation>Das Netz mit den Einstellungen des Projekts trainieren, ausgehend von seinen importierten oder trainierten Gewichten, wo es welche hat, sonst von denen des Seeds</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="72"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="74"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="76"/>
        <source>Step &amp;One Batch</source>
        <translation>&amp;Einen Stapel trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="78"/>
        <source>Train exactly one more batch, then pause</source>
        <translation>Genau einen weiteren Stapel trainieren, dann pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="79"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="81"/>
        <source>Reset &amp;Weights</source>
        <translation>&amp;Gewichte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="83"/>
        <source>Forget the trained weights: back to the seed&apos;s initial weights</source>
        <translation>Die trainierten Gewichte vergessen: zurück zu den Anfangsgewichten des Startwerts</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="140"/>
        <source>Loading the data…</source>
        <translation>Daten werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="157"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Das Netz hat Probleme; siehe die Problemliste.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="172"/>
        <source>The pruned weights no longer fit the network: prune it again.</source>
        <translation>Die beschnittenen Gewichte passen nicht mehr zum Netz: beschneiden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="207"/>
        <source>Training could not be started.</source>
        <translation>Das Training konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="212"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="213"/>
        <source>Training… (%1)</source>
        <translation>Training… (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="227"/>
        <source>Training cancelled.</source>
        <translation>Training abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="265"/>
        <source>The weights are back at their initial values.</source>
        <translation>Die Gewichte sind wieder bei ihren Anfangswerten.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingHistory</name>
    <message>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="205"/>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nw::TrainingProgressWidget</name>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="63"/>
        <source>Epoch 1/%1</source>
        <translation>Epoche 1/%1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="78"/>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>Epoche %1/%2 · Stapel %3/%4</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="86"/>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSession</name>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="112"/>
        <source>The weights cannot be reset while training runs.</source>
        <translation>Die Gewichte können nicht zurückgesetzt werden, während das Training läuft.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="114"/>
        <source>There is no network to reset.</source>
        <translation>Es gibt kein Netz zum Zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="136"/>
        <source>Other weights cannot be shown while training runs.</source>
        <translation>Während das Training läuft, können keine anderen Gewichte gezeigt werden.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="138"/>
        <source>There is no trained network to show them on.</source>
        <translation>Es gibt kein trainiertes Netz, auf dem sie gezeigt werden könnten.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="181"/>
        <source>The project cannot be saved with its weights while training runs.</source>
        <translation>Das Projekt kann nicht mit seinen Gewichten gespeichert werden, während das Training läuft.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="185"/>
        <source>Nothing has been trained in this session.</source>
        <translation>In dieser Sitzung wurde nichts trainiert.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="339"/>
        <source>Training failed with an unknown error.</source>
        <translation>Das Training ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSettingsDock</name>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="111"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="115"/>
        <source>Cross-entropy (classes)</source>
        <translation>Kreuzentropie (Klassen)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="116"/>
        <source>Mean squared error (regression)</source>
        <translation>Mittlerer quadratischer Fehler (Regression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="117"/>
        <source>Binary cross-entropy with logits</source>
        <translation>Binäre Kreuzentropie mit Logits</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="120"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="153"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="219"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="121"/>
        <source>Moves a little of each target&apos;s probability to the other classes, so the network is less sure of itself.</source>
        <translation>Verschiebt etwas von der Wahrscheinlichkeit jedes Ziels auf die anderen Klassen, damit das Netz weniger selbstsicher ist.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="123"/>
        <source>Loss:</source>
        <translation>Verlust:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="124"/>
        <source>Label smoothing:</source>
        <translation>Label-Glättung:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="134"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="138"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="139"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="140"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="141"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="143"/>
        <source>How big a step each batch takes. The arrows step 1, 2, 5, 10…</source>
        <translation>Wie groß der Schritt bei jedem Stapel ist. Die Pfeile gehen in Schritten 1, 2, 5, 10…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="145"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="147"/>
        <source>Looks ahead along the momentum; needs a momentum above 0.</source>
        <translation>Schaut entlang des Momentums voraus; braucht ein Momentum über 0.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="154"/>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="155"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="156"/>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="158"/>
        <source>Beta 1:</source>
        <translation>Beta 1:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="159"/>
        <source>Beta 2:</source>
        <translation>Beta 2:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="160"/>
        <source>Epsilon:</source>
        <translation>Epsilon:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="161"/>
        <source>Alpha (smoothing):</source>
        <translation>Alpha (Glättung):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="162"/>
        <source>Weight decay:</source>
        <translation>Weight Decay:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="192"/>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Zeitplan</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="196"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="197"/>
        <source>Step (multiply every few epochs)</source>
        <translation>Stufen (alle paar Epochen multiplizieren)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="198"/>
        <source>Exponential (multiply every epoch)</source>
        <translation>Exponentiell (jede Epoche multiplizieren)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="199"/>
        <source>Cosine (down to a minimum)</source>
        <translation>Kosinus (bis zu einem Minimum)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="203"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="294"/>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="209"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>Der Faktor, mit dem die Lernrate multipliziert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="213"/>
        <source>All epochs of the run</source>
        <translation>Alle Epochen des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="220"/>
        <source>Epochs over which the learning rate rises from 0 to its value at the start.</source>
        <translation>Epochen, in denen die Lernrate von 0 auf ihren Startwert ansteigt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="221"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="222"/>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="223"/>
        <source>Factor (gamma):</source>
        <translation>Faktor (Gamma):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="224"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="225"/>
        <source>Minimum rate:</source>
        <translation>Minimale Rate:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="226"/>
        <source>Warm-up epochs:</source>
        <translation>Aufwärm-Epochen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="244"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="255"/>
        <source>Initial weights, batch order and dropout: the same seed gives the same run.</source>
        <translation>Anfangsgewichte, Stapelreihenfolge und Dropout: derselbe Startwert ergibt denselben Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="259"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="265"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="266"/>
        <source>Scales the gradients down when their overall length exceeds this; tames exploding gradients.</source>
        <translation>Verkleinert die Gradienten, wenn ihre Gesamtlänge diesen Wert übersteigt; bändigt explodierende Gradienten.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="268"/>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="269"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="270"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="271"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="272"/>
        <source>Gradient clipping:</source>
        <translation>Gradient Clipping:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="287"/>
        <source>Stop early when validation loss stops improving</source>
        <translation>Früh stoppen, wenn sich der Validierungsverlust nicht mehr verbessert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="300"/>
        <source>A smaller drop of the validation loss does not count as improving.</source>
        <translation>Ein kleinerer Rückgang des Validierungsverlusts zählt nicht als Verbesserung.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="301"/>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Die Gewichte der besten Epoche behalten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="303"/>
        <source>Patience:</source>
        <translation>Geduld:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="304"/>
        <source>Minimum improvement:</source>
        <translation>Minimale Verbesserung:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="337"/>
        <source>Epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="341"/>
        <source>Batch %1 of %2</source>
        <translation>Stapel %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="342"/>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="343"/>
        <source>Estimating the time left…</source>
        <translation>Verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="352"/>
        <source>Not training</source>
        <translation>Kein Training</translation>
    </message>
</context>
<context>
    <name>nw::WeightsFit</name>
    <message>
        <location filename="../app/gui/WeightsFit.cpp" line="22"/>
        <source>the network has errors, so no weights can be checked against it; fix them first</source>
        <translation>das Netz hat Fehler, daher lassen sich keine Gewichte dagegen prüfen; beheben Sie sie zuerst</translation>
    </message>
</context>
<context>
    <name>nw::WeightsImporter</name>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="29"/>
        <source>Import Weights</source>
        <translation>Gewichte importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="30"/>
        <source>Projects and weights (*.nwproj *.safetensors);;All files (*)</source>
        <translation>Projekte und Gewichte (*.nwproj *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="40"/>
        <source>Stop training before importing weights.</source>
        <translation>Beende das Training, bevor du Gewichte importierst.</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="45"/>
        <source>The network has problems; fix them before importing weights:
%1</source>
        <translation>Das Netz hat Probleme; behebe sie, bevor du Gewichte importierst:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="51"/>
        <source>Cannot import weights</source>
        <translation>Gewichte können nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="65"/>
        <source>Imported weights from %1 for %2; Start keeps them.</source>
        <translation>Gewichte aus %1 für %2 importiert; Start behält sie.</translation>
    </message>
</context>
</TS>
