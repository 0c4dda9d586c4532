n = 1500
if n == 0:
    print(0)
elif n == 1:
    print(1)
elif n == 2:
    print(2)
elif n == 3:
    print(3)
elif n == 4:
    print(4)
elif n == 5:
    print(5)
elif n == 6:
    print(6)
elif n == 7:
    print(7)
elif n == 8:
    print(8)
elif n == 9:
    print(9)
elif n == 10:
    print(10)
elif n == 11:
    print(11)
elif n == 12:
    print(12)
elif n == 13:
    print(13)
elif n == 14:
    print(14)
elif n == 15:
    print(15)
elif n == 16:
    print(16)
elif n == 17:
    print(17)
elif n == 18:
    print(18)
elif n == 19:
    print(19)
elif n == 20:
    print(20)
elif n == 21:
    print(21)
elif n == 22:
    print(22)
elif n == 23:
    print(23)
elif n == 24:
    print(24)
elif n == 25:
    print(25)
elif n == 26:
    print(26)
elif n == 27:
    print(27)
elif n == 28:
    print(28)
elif n == 29:
    print(29)
elif n == 30:
    print(30)
elif n == 31:
    print(31)
elif n == 32:
    print(32)
elif n == 33:
    print(33)
elif n == 34:
    print(34)
elif n == 35:
    print(35)
elif n == 36:
    print(36)
elif n == 37:
    print(37)
elif n == 38:
    print(38)
elif n == 39:
    print(39)
elif n == 40:
    print(40)
elif n == 41:
    print(41)
elif n == 42:
    print(42)
elif n == 43:
    print(43)
elif n == 44:
    print(44)
elif n == 45:
    print(45)
elif n == 46:
    print(46)
elif n == 47:
    print(47)
elif n == 48:
    print(48)
elif n == 49:
    print(49)
elif n == 50:
    print(50)
elif n == 51:
    print(51)
elif n == 52:
    print(52)
elif n == 53:
    print(53)
elif n == 54:
    print(54)
elif n == 55:
    print(55)
elif n == 56:
    print(56)
elif n == 57:
    print(57)
elif n == 58:
    print(58)
elif n == 59:
    print(59)
elif n == 60:
    print(60)
elif n == 61:
    print(61)
elif n == 62:
    print(62)
elif n == 63:
    print(63)
elif n == 64:
    print(64)
elif n == 65:
    print(65)
elif n == 66:
    print(66)
elif n == 67:
    print(67)
elif n == 68:
    print(68)
elif n == 69:
    print(69)
elif n == 70:
    print(70)
elif n == 71:
    print(71)
elif n == 72:
    print(72)
elif n == 73:
    print(73)
elif n == 74:
    print(74)
elif n == 75:
    print(75)
elif n == 76:
    print(76)
elif n == 77:
    print(77)
elif n == 78:
    print(78)
elif n == 79:
    print(79)
elif n == 80:
    print(80)
elif n == 81:
    print(81)
elif n == 82:
    print(82)
elif n == 83:
    print(83)
elif n == 84:
    print(84)
elif n == 85:
    print(85)
elif n == 86:
    print(86)
elif n == 87:
    print(87)
elif n == 88:
    print(88)
elif n == 89:
    print(89)
elif n == 90:
    print(90)
elif n == 91:
    print(91)
elif n == 92:
    print(92)
elif n == 93:
    print(93)
elif n == 94:
    print(94)
elif n == 95:
    print(95)
elif n == 96:
    print(96)
elif n == 97:
    print(97)
elif n == 98:
    print(98)
elif n == 99:
    print(99)
elif n == 100:
    print(100)
elif n == 101:
    print(101)
elif n == 102:
    print(102)
elif n == 103:
    print(103)
elif n == 104:
    print(104)
elif n == 105:
    print(105)
elif n == 106:
    print(106)
elif n == 107:
    print(107)
elif n == 108:
    print(108)
elif n == 109:
    print(109)
elif n == 110:
    print(110)
elif n == 111:
    print(111)
elif n == 112:
    print(112)
elif n == 113:
    print(113)
elif n == 114:
    print(114)
elif n == 115:
    print(115)
elif n == 116:
    print(116)
elif n == 117:
    print(117)
elif n == 118:
    print(118)
elif n == 119:
    print(119)
elif n == 120:
    print(120)
elif n == 121:
    print(121)
elif n == 122:
    print(122)
elif n == 123:
    print(123)
elif n == 124:
    print(124)
elif n == 125:
    print(125)
elif n == 126:
    print(126)
elif n == 127:
    print(127)
elif n == 128:
    print(128)
elif n == 129:
    print(129)
elif n == 130:
    print(130)
elif n == 131:
    print(131)
elif n == 132:
    print(132)
elif n == 133:
    print(133)
elif n == 134:
    print(134)
elif n == 135:
    print(135)
elif n == 136:
    print(136)
elif n == 137:
    print(137)
elif n == 138:
    print(138)
elif n == 139:
    print(139)
elif n == 140:
    print(140)
elif n == 141:
    print(141)
elif n == 142:
    print(142)
elif n == 143:
    print(143)
elif n == 144:
    print(144)
elif n == 145:
    print(145)
elif n == 146:
    print(146)
elif n == 147:
    print(147)
elif n == 148:
    print(148)
elif n == 149:
    print(149)
elif n == 150:
    print(150)
elif n == 151:
    print(151)
elif n == 152:
    print(152)
elif n == 153:
    print(153)
elif n == 154:
    print(154)
elif n == 155:
    print(155)
elif n == 156:
    print(156)
elif n == 157:
    print(157)
elif n == 158:
    print(158)
elif n == 159:
    print(159)
elif n == 160:
    print(160)
elif n == 161:
    print(161)
elif n == 162:
    print(162)
elif n == 163:
    print(163)
elif n == 164:
    print(164)
elif n == 165:
    print(165)
elif n == 166:
    print(166)
elif n == 167:
    print(167)
elif n == 168:
    print(168)
elif n == 169:
    print(169)
elif n == 170:
    print(170)
elif n == 171:
    print(171)
elif n == 172:
    print(172)
elif n == 173:
    print(173)
elif n == 174:
    print(174)
elif n == 175:
    print(175)
elif n == 176:
    print(176)
elif n == 177:
    print(177)
elif n == 178:
    print(178)
elif n == 179:
    print(179)
elif n == 180:
    print(180)
elif n == 181:
    print(181)
elif n == 182:
    print(182)
elif n == 183:
    print(183)
elif n == 184:
    print(184)
elif n == 185:
    print(185)
elif n == 186:
    print(186)
elif n == 187:
    print(187)
elif n == 188:
    print(188)
elif n == 189:
    print(189)
elif n == 190:
    print(190)
elif n == 191:
    print(191)
elif n == 192:
    print(192)
elif n == 193:
    print(193)
elif n == 194:
    print(194)
elif n == 195:
    print(195)
elif n == 196:
    print(196)
elif n == 197:
    print(197)
elif n == 198:
    print(198)
elif n == 199:
    print(199)
elif n == 200:
    print(200)
elif n == 201:
    print(201)
elif n == 202:
    print(202)
elif n == 203:
    print(203)
elif n == 204:
    print(204)
elif n == 205:
    print(205)
elif n == 206:
    print(206)
elif n == 207:
    print(207)
elif n == 208:
    print(208)
elif n == 209:
    print(209)
elif n == 210:
    print(210)
elif n == 211:
    print(211)
elif n == 212:
    print(212)
elif n == 213:
    print(213)
elif n == 214:
    print(214)
elif n == 215:
    print(215)
elif n == 216:
    print(216)
elif n == 217:
    print(217)
elif n == 218:
    print(218)
elif n == 219:
    print(219)
elif n == 220:
    print(220)
elif n == 221:
    print(221)
elif n == 222:
    print(222)
elif n == 223:
    print(223)
elif n == 224:
    print(224)
elif n == 225:
    print(225)
elif n == 226:
    print(226)
elif n == 227:
    print(227)
elif n == 228:
    print(228)
elif n == 229:
    print(229)
elif n == 230:
    print(230)
elif n == 231:
    print(231)
elif n == 232:
    print(232)
elif n == 233:
    print(233)
elif n == 234:
    print(234)
elif n == 235:
    print(235)
elif n == 236:
    print(236)
elif n == 237:
    print(237)
elif n == 238:
    print(238)
elif n == 239:
    print(239)
elif n == 240:
    print(240)
elif n == 241:
    print(241)
elif n == 242:
    print(242)
elif n == 243:
    print(243)
elif n == 244:
    print(244)
elif n == 245:
    print(245)
elif n == 246:
    print(246)
elif n == 247:
    print(247)
elif n == 248:
    print(248)
elif n == 249:
    print(249)
elif n == 250:
    print(250)
elif n == 251:
    print(251)
elif n == 252:
    print(252)
elif n == 253:
    print(253)
elif n == 254:
    print(254)
elif n == 255:
    print(255)
elif n == 256:
    print(256)
elif n == 257:
    print(257)
elif n == 258:
    print(258)
elif n == 259:
    print(259)
elif n == 260:
    print(260)
elif n == 261:
    print(261)
elif n == 262:
    print(262)
elif n == 263:
    print(263)
elif n == 264:
    print(264)
elif n == 265:
    print(265)
elif n == 266:
    print(266)
elif n == 267:
    print(267)
elif n == 268:
    print(268)
elif n == 269:
    print(269)
elif n == 270:
    print(270)
elif n == 271:
    print(271)
elif n == 272:
    print(272)
elif n == 273:
    print(273)
elif n == 274:
    print(274)
elif n == 275:
    print(275)
elif n == 276:
    print(276)
elif n == 277:
    print(277)
elif n == 278:
    print(278)
elif n == 279:
    print(279)
elif n == 280:
    print(280)
elif n == 281:
    print(281)
elif n == 282:
    print(282)
elif n == 283:
    print(283)
elif n == 284:
    print(284)
elif n == 285:
    print(285)
elif n == 286:
    print(286)
elif n == 287:
    print(287)
elif n == 288:
    print(288)
elif n == 289:
    print(289)
elif n == 290:
    print(290)
elif n == 291:
    print(291)
elif n == 292:
    print(292)
elif n == 293:
    print(293)
elif n == 294:
    print(294)
elif n == 295:
    print(295)
elif n == 296:
    print(296)
elif n == 297:
    print(297)
elif n == 298:
    print(298)
elif n == 299:
    print(299)
elif n == 300:
    print(300)
elif n == 301:
    print(301)
elif n == 302:
    print(302)
elif n == 303:
    print(303)
elif n == 304:
    print(304)
elif n == 305:
    print(305)
elif n == 306:
    print(306)
elif n == 307:
    print(307)
elif n == 308:
    print(308)
elif n == 309:
    print(309)
elif n == 310:
    print(310)
elif n == 311:
    print(311)
elif n == 312:
    print(312)
elif n == 313:
    print(313)
elif n == 314:
    print(314)
elif n == 315:
    print(315)
elif n == 316:
    print(316)
elif n == 317:
    print(317)
elif n == 318:
    print(318)
elif n == 319:
    print(319)
elif n == 320:
    print(320)
elif n == 321:
    print(321)
elif n == 322:
    print(322)
elif n == 323:
    print(323)
elif n == 324:
    print(324)
elif n == 325:
    print(325)
elif n == 326:
    print(326)
elif n == 327:
    print(327)
elif n == 328:
    print(328)
elif n == 329:
    print(329)
elif n == 330:
    print(330)
elif n == 331:
    print(331)
elif n == 332:
    print(332)
elif n == 333:
    print(333)
elif n == 334:
    print(334)
elif n == 335:
    print(335)
elif n == 336:
    print(336)
elif n == 337:
    print(337)
elif n == 338:
    print(338)
elif n == 339:
    print(339)
elif n == 340:
    print(340)
elif n == 341:
    print(341)
elif n == 342:
    print(342)
elif n == 343:
    print(343)
elif n == 344:
    print(344)
elif n == 345:
    print(345)
elif n == 346:
    print(346)
elif n == 347:
    print(347)
elif n == 348:
    print(348)
elif n == 349:
    print(349)
elif n == 350:
    print(350)
elif n == 351:
    print(351)
elif n == 352:
    print(352)
elif n == 353:
    print(353)
elif n == 354:
    print(354)
elif n == 355:
    print(355)
elif n == 356:
    print(356)
elif n == 357:
    print(357)
elif n == 358:
    print(358)
elif n == 359:
    print(359)
elif n == 360:
    print(360)
elif n == 361:
    print(361)
elif n == 362:
    print(362)
elif n == 363:
    print(363)
elif n == 364:
    print(364)
elif n == 365:
    print(365)
elif n == 366:
    print(366)
elif n == 367:
    print(367)
elif n == 368:
    print(368)
elif n == 369:
    print(369)
elif n == 370:
    print(370)
elif n == 371:
    print(371)
elif n == 372:
    print(372)
elif n == 373:
    print(373)
elif n == 374:
    print(374)
elif n == 375:
    print(375)
elif n == 376:
    print(376)
elif n == 377:
    print(377)
elif n == 378:
    print(378)
elif n == 379:
    print(379)
elif n == 380:
    print(380)
elif n == 381:
    print(381)
elif n == 382:
    print(382)
elif n == 383:
    print(383)
elif n == 384:
    print(384)
elif n == 385:
    print(385)
elif n == 386:
    print(386)
elif n == 387:
    print(387)
elif n == 388:
    print(388)
elif n == 389:
    print(389)
elif n == 390:
    print(390)
elif n == 391:
    print(391)
elif n == 392:
    print(392)
elif n == 393:
    print(393)
elif n == 394:
    print(394)
elif n == 395:
    print(395)
elif n == 396:
    print(396)
elif n == 397:
    print(397)
elif n == 398:
    print(398)
elif n == 399:
    print(399)
elif n == 400:
    print(400)
elif n == 401:
    print(401)
elif n == 402:
    print(402)
elif n == 403:
    print(403)
elif n == 404:
    print(404)
elif n == 405:
    print(405)
elif n == 406:
    print(406)
elif n == 407:
    print(407)
elif n == 408:
    print(408)
elif n == 409:
    print(409)
elif n == 410:
    print(410)
elif n == 411:
    print(411)
elif n == 412:
    print(412)
elif n == 413:
    print(413)
elif n == 414:
    print(414)
elif n == 415:
    print(415)
elif n == 416:
    print(416)
elif n == 417:
    print(417)
elif n == 418:
    print(418)
elif n == 419:
    print(419)
elif n == 420:
    print(420)
elif n == 421:
    print(421)
elif n == 422:
    print(422)
elif n == 423:
    print(423)
elif n == 424:
    print(424)
elif n == 425:
    print(425)
elif n == 426:
    print(426)
elif n == 427:
    print(427)
elif n == 428:
    print(428)
elif n == 429:
    print(429)
elif n == 430:
    print(430)
elif n == 431:
    print(431)
elif n == 432:
    print(432)
elif n == 433:
    print(433)
elif n == 434:
    print(434)
elif n == 435:
    print(435)
elif n == 436:
    print(436)
elif n == 437:
    print(437)
elif n == 438:
    print(438)
elif n == 439:
    print(439)
elif n == 440:
    print(440)
elif n == 441:
    print(441)
elif n == 442:
    print(442)
elif n == 443:
    print(443)
elif n == 444:
    print(444)
elif n == 445:
    print(445)
elif n == 446:
    print(446)
elif n == 447:
    print(447)
elif n == 448:
    print(448)
elif n == 449:
    print(449)
elif n == 450:
    print(450)
elif n == 451:
    print(451)
elif n == 452:
    print(452)
elif n == 453:
    print(453)
elif n == 454:
    print(454)
elif n == 455:
    print(455)
elif n == 456:
    print(456)
elif n == 457:
    print(457)
elif n == 458:
    print(458)
elif n == 459:
    print(459)
elif n == 460:
    print(460)
elif n == 461:
    print(461)
elif n == 462:
    print(462)
elif n == 463:
    print(463)
elif n == 464:
    print(464)
elif n == 465:
    print(465)
elif n == 466:
    print(466)
elif n == 467:
    print(467)
elif n == 468:
    print(468)
elif n == 469:
    print(469)
elif n == 470:
    print(470)
elif n == 471:
    print(471)
elif n == 472:
    print(472)
elif n == 473:
    print(473)
elif n == 474:
    print(474)
elif n == 475:
    print(475)
elif n == 476:
    print(476)
elif n == 477:
    print(477)
elif n == 478:
    print(478)
elif n == 479:
    print(479)
elif n == 480:
    print(480)
elif n == 481:
    print(481)
elif n == 482:
    print(482)
elif n == 483:
    print(483)
elif n == 484:
    print(484)
elif n == 485:
    print(485)
elif n == 486:
    print(486)
elif n == 487:
    print(487)
elif n == 488:
    print(488)
elif n == 489:
    print(489)
elif n == 490:
    print(490)
elif n == 491:
    print(491)
elif n == 492:
    print(492)
elif n == 493:
    print(493)
elif n == 494:
    print(494)
elif n == 495:
    print(495)
elif n == 496:
    print(496)
elif n == 497:
    print(497)
elif n == 498:
    print(498)
elif n == 499:
    print(499)
elif n == 500:
    print(500)
elif n == 501:
    print(501)
elif n == 502:
    print(502)
elif n == 503:
    print(503)
elif n == 504:
    print(504)
elif n == 505:
    print(505)
elif n == 506:
    print(506)
elif n == 507:
    print(507)
elif n == 508:
    print(508)
elif n == 509:
    print(509)
elif n == 510:
    print(510)
elif n == 511:
    print(511)
elif n == 512:
    print(512)
elif n == 513:
    print(513)
elif n == 514:
    print(514)
elif n == 515:
    print(515)
elif n == 516:
    print(516)
elif n == 517:
    print(517)
elif n == 518:
    print(518)
elif n == 519:
    print(519)
elif n == 520:
    print(520)
elif n == 521:
    print(521)
elif n == 522:
    print(522)
elif n == 523:
    print(523)
elif n == 524:
    print(524)
elif n == 525:
    print(525)
elif n == 526:
    print(526)
elif n == 527:
    print(527)
elif n == 528:
    print(528)
elif n == 529:
    print(529)
elif n == 530:
    print(530)
elif n == 531:
    print(531)
elif n == 532:
    print(532)
elif n == 533:
    print(533)
elif n == 534:
    print(534)
elif n == 535:
    print(535)
elif n == 536:
    print(536)
elif n == 537:
    print(537)
elif n == 538:
    print(538)
elif n == 539:
    print(539)
elif n == 540:
    print(540)
elif n == 541:
    print(541)
elif n == 542:
    print(542)
elif n == 543:
    print(543)
elif n == 544:
    print(544)
elif n == 545:
    print(545)
elif n == 546:
    print(546)
elif n == 547:
    print(547)
elif n == 548:
    print(548)
elif n == 549:
    print(549)
elif n == 550:
    print(550)
elif n == 551:
    print(551)
elif n == 552:
    print(552)
elif n == 553:
    print(553)
elif n == 554:
    print(554)
elif n == 555:
    print(555)
elif n == 556:
    print(556)
elif n == 557:
    print(557)
elif n == 558:
    print(558)
elif n == 559:
    print(559)
elif n == 560:
    print(560)
elif n == 561:
    print(561)
elif n == 562:
    print(562)
elif n == 563:
    print(563)
elif n == 564:
    print(564)
elif n == 565:
    print(565)
elif n == 566:
    print(566)
elif n == 567:
    print(567)
elif n == 568:
    print(568)
elif n == 569:
    print(569)
elif n == 570:
    print(570)
elif n == 571:
    print(571)
elif n == 572:
    print(572)
elif n == 573:
    print(573)
elif n == 574:
    print(574)
elif n == 575:
    print(575)
elif n == 576:
    print(576)
elif n == 577:
    print(577)
elif n == 578:
    print(578)
elif n == 579:
    print(579)
elif n == 580:
    print(580)
elif n == 581:
    print(581)
elif n == 582:
    print(582)
elif n == 583:
    print(583)
elif n == 584:
    print(584)
elif n == 585:
    print(585)
elif n == 586:
    print(586)
elif n == 587:
    print(587)
elif n == 588:
    print(588)
elif n == 589:
    print(589)
elif n == 590:
    print(590)
elif n == 591:
    print(591)
elif n == 592:
    print(592)
elif n == 593:
    print(593)
elif n == 594:
    print(594)
elif n == 595:
    print(595)
elif n == 596:
    print(596)
elif n == 597:
    print(597)
elif n == 598:
    print(598)
elif n == 599:
    print(599)
elif n == 600:
    print(600)
elif n == 601:
    print(601)
elif n == 602:
    print(602)
elif n == 603:
    print(603)
elif n == 604:
    print(604)
elif n == 605:
    print(605)
elif n == 606:
    print(606)
elif n == 607:
    print(607)
elif n == 608:
    print(608)
elif n == 609:
    print(609)
elif n == 610:
    print(610)
elif n == 611:
    print(611)
elif n == 612:
    print(612)
elif n == 613:
    print(613)
elif n == 614:
    print(614)
elif n == 615:
    print(615)
elif n == 616:
    print(616)
elif n == 617:
    print(617)
elif n == 618:
    print(618)
elif n == 619:
    print(619)
elif n == 620:
    print(620)
elif n == 621:
    print(621)
elif n == 622:
    print(622)
elif n == 623:
    print(623)
elif n == 624:
    print(624)
elif n == 625:
    print(625)
elif n == 626:
    print(626)
elif n == 627:
    print(627)
elif n == 628:
    print(628)
elif n == 629:
    print(629)
elif n == 630:
    print(630)
elif n == 631:
    print(631)
elif n == 632:
    print(632)
elif n == 633:
    print(633)
elif n == 634:
    print(634)
elif n == 635:
    print(635)
elif n == 636:
    print(636)
elif n == 637:
    print(637)
elif n == 638:
    print(638)
elif n == 639:
    print(639)
elif n == 640:
    print(640)
elif n == 641:
    print(641)
elif n == 642:
    print(642)
elif n == 643:
    print(643)
elif n == 644:
    print(644)
elif n == 645:
    print(645)
elif n == 646:
    print(646)
elif n == 647:
    print(647)
elif n == 648:
    print(648)
elif n == 649:
    print(649)
elif n == 650:
    print(650)
elif n == 651:
    print(651)
elif n == 652:
    print(652)
elif n == 653:
    print(653)
elif n == 654:
    print(654)
elif n == 655:
    print(655)
elif n == 656:
    print(656)
elif n == 657:
    print(657)
elif n == 658:
    print(658)
elif n == 659:
    print(659)
elif n == 660:
    print(660)
elif n == 661:
    print(661)
elif n == 662:
    print(662)
elif n == 663:
    print(663)
elif n == 664:
    print(664)
elif n == 665:
    print(665)
elif n == 666:
    print(666)
elif n == 667:
    print(667)
elif n == 668:
    print(668)
elif n == 669:
    print(669)
elif n == 670:
    print(670)
elif n == 671:
    print(671)
elif n == 672:
    print(672)
elif n == 673:
    print(673)
elif n == 674:
    print(674)
elif n == 675:
    print(675)
elif n == 676:
    print(676)
elif n == 677:
    print(677)
elif n == 678:
    print(678)
elif n == 679:
    print(679)
elif n == 680:
    print(680)
elif n == 681:
    print(681)
elif n == 682:
    print(682)
elif n == 683:
    print(683)
elif n == 684:
    print(684)
elif n == 685:
    print(685)
elif n == 686:
    print(686)
elif n == 687:
    print(687)
elif n == 688:
    print(688)
elif n == 689:
    print(689)
elif n == 690:
    print(690)
elif n == 691:
    print(691)
elif n == 692:
    print(692)
elif n == 693:
    print(693)
elif n == 694:
    print(694)
elif n == 695:
    print(695)
elif n == 696:
    print(696)
elif n == 697:
    print(697)
elif n == 698:
    print(698)
elif n == 699:
    print(699)
elif n == 700:
    print(700)
elif n == 701:
    print(701)
elif n == 702:
    print(702)
elif n == 703:
    print(703)
elif n == 704:
    print(704)
elif n == 705:
    print(705)
elif n == 706:
    print(706)
elif n == 707:
    print(707)
elif n == 708:
    print(708)
elif n == 709:
    print(709)
elif n == 710:
    print(710)
elif n == 711:
    print(711)
elif n == 712:
    print(712)
elif n == 713:
    print(713)
elif n == 714:
    print(714)
elif n == 715:
    print(715)
elif n == 716:
    print(716)
elif n == 717:
    print(717)
elif n == 718:
    print(718)
elif n == 719:
    print(719)
elif n == 720:
    print(720)
elif n == 721:
    print(721)
elif n == 722:
    print(722)
elif n == 723:
    print(723)
elif n == 724:
    print(724)
elif n == 725:
    print(725)
elif n == 726:
    print(726)
elif n == 727:
    print(727)
elif n == 728:
    print(728)
elif n == 729:
    print(729)
elif n == 730:
    print(730)
elif n == 731:
    print(731)
elif n == 732:
    print(732)
elif n == 733:
    print(733)
elif n == 734:
    print(734)
elif n == 735:
    print(735)
elif n == 736:
    print(736)
elif n == 737:
    print(737)
elif n == 738:
    print(738)
elif n == 739:
    print(739)
elif n == 740:
    print(740)
elif n == 741:
    print(741)
elif n == 742:
    print(742)
elif n == 743:
    print(743)
elif n == 744:
    print(744)
elif n == 745:
    print(745)
elif n == 746:
    print(746)
elif n == 747:
    print(747)
elif n == 748:
    print(748)
elif n == 749:
    print(749)
elif n == 750:
    print(750)
elif n == 751:
    print(751)
elif n == 752:
    print(752)
elif n == 753:
    print(753)
elif n == 754:
    print(754)
elif n == 755:
    print(755)
elif n == 756:
    print(756)
elif n == 757:
    print(757)
elif n == 758:
    print(758)
elif n == 759:
    print(759)
elif n == 760:
    print(760)
elif n == 761:
    print(761)
elif n == 762:
    print(762)
elif n == 763:
    print(763)
elif n == 764:
    print(764)
elif n == 765:
    print(765)
elif n == 766:
    print(766)
elif n == 767:
    print(767)
elif n == 768:
    print(768)
elif n == 769:
    print(769)
elif n == 770:
    print(770)
elif n == 771:
    print(771)
elif n == 772:
    print(772)
elif n == 773:
    print(773)
elif n == 774:
    print(774)
elif n == 775:
    print(775)
elif n == 776:
    print(776)
elif n == 777:
    print(777)
elif n == 778:
    print(778)
elif n == 779:
    print(779)
elif n == 780:
    print(780)
elif n == 781:
    print(781)
elif n == 782:
    print(782)
elif n == 783:
    print(783)
elif n == 784:
    print(784)
elif n == 785:
    print(785)
elif n == 786:
    print(786)
elif n == 787:
    print(787)
elif n == 788:
    print(788)
elif n == 789:
    print(789)
elif n == 790:
    print(790)
elif n == 791:
    print(791)
elif n == 792:
    print(792)
elif n == 793:
    print(793)
elif n == 794:
    print(794)
elif n == 795:
    print(795)
elif n == 796:
    print(796)
elif n == 797:
    print(797)
elif n == 798:
    print(798)
elif n == 799:
    print(799)
elif n == 800:
    print(800)
elif n == 801:
    print(801)
elif n == 802:
    print(802)
elif n == 803:
    print(803)
elif n == 804:
    print(804)
elif n == 805:
    print(805)
elif n == 806:
    print(806)
elif n == 807:
    print(807)
elif n == 808:
    print(808)
elif n == 809:
    print(809)
elif n == 810:
    print(810)
elif n == 811:
    print(811)
elif n == 812:
    print(812)
elif n == 813:
    print(813)
elif n == 814:
    print(814)
elif n == 815:
    print(815)
elif n == 816:
    print(816)
elif n == 817:
    print(817)
elif n == 818:
    print(818)
elif n == 819:
    print(819)
elif n == 820:
    print(820)
elif n == 821:
    print(821)
elif n == 822:
    print(822)
elif n == 823:
    print(823)
elif n == 824:
    print(824)
elif n == 825:
    print(825)
elif n == 826:
    print(826)
elif n == 827:
    print(827)
elif n == 828:
    print(828)
elif n == 829:
    print(829)
elif n == 830:
    print(830)
elif n == 831:
    print(831)
elif n == 832:
    print(832)
elif n == 833:
    print(833)
elif n == 834:
    print(834)
elif n == 835:
    print(835)
elif n == 836:
    print(836)
elif n == 837:
    print(837)
elif n == 838:
    print(838)
elif n == 839:
    print(839)
elif n == 840:
    print(840)
elif n == 841:
    print(841)
elif n == 842:
    print(842)
elif n == 843:
    print(843)
elif n == 844:
    print(844)
elif n == 845:
    print(845)
elif n == 846:
    print(846)
elif n == 847:
    print(847)
elif n == 848:
    print(848)
elif n == 849:
    print(849)
elif n == 850:
    print(850)
elif n == 851:
    print(851)
elif n == 852:
    print(852)
elif n == 853:
    print(853)
elif n == 854:
    print(854)
elif n == 855:
    print(855)
elif n == 856:
    print(856)
elif n == 857:
    print(857)
elif n == 858:
    print(858)
elif n == 859:
    print(859)
elif n == 860:
    print(860)
elif n == 861:
    print(861)
elif n == 862:
    print(862)
elif n == 863:
    print(863)
elif n == 864:
    print(864)
elif n == 865:
    print(865)
elif n == 866:
    print(866)
elif n == 867:
    print(867)
elif n == 868:
    print(868)
elif n == 869:
    print(869)
elif n == 870:
    print(870)
elif n == 871:
    print(871)
elif n == 872:
    print(872)
elif n == 873:
    print(873)
elif n == 874:
    print(874)
elif n == 875:
    print(875)
elif n == 876:
    print(876)
elif n == 877:
    print(877)
elif n == 878:
    print(878)
elif n == 879:
    print(879)
elif n == 880:
    print(880)
elif n == 881:
    print(881)
elif n == 882:
    print(882)
elif n == 883:
    print(883)
elif n == 884:
    print(884)
elif n == 885:
    print(885)
elif n == 886:
    print(886)
elif n == 887:
    print(887)
elif n == 888:
    print(888)
elif n == 889:
    print(889)
elif n == 890:
    print(890)
elif n == 891:
    print(891)
elif n == 892:
    print(892)
elif n == 893:
    print(893)
elif n == 894:
    print(894)
elif n == 895:
    print(895)
elif n == 896:
    print(896)
elif n == 897:
    print(897)
elif n == 898:
    print(898)
elif n == 899:
    print(899)
elif n == 900:
    print(900)
elif n == 901:
    print(901)
elif n == 902:
    print(902)
elif n == 903:
    print(903)
elif n == 904:
    print(904)
elif n == 905:
    print(905)
elif n == 906:
    print(906)
elif n == 907:
    print(907)
elif n == 908:
    print(908)
elif n == 909:
    print(909)
elif n == 910:
    print(910)
elif n == 911:
    print(911)
elif n == 912:
    print(912)
elif n == 913:
    print(913)
elif n == 914:
    print(914)
elif n == 915:
    print(915)
elif n == 916:
    print(916)
elif n == 917:
    print(917)
elif n == 918:
    print(918)
elif n == 919:
    print(919)
elif n == 920:
    print(920)
elif n == 921:
    print(921)
elif n == 922:
    print(922)
elif n == 923:
    print(923)
elif n == 924:
    print(924)
elif n == 925:
    print(925)
elif n == 926:
    print(926)
elif n == 927:
    print(927)
elif n == 928:
    print(928)
elif n == 929:
    print(929)
elif n == 930:
    print(930)
elif n == 931:
    print(931)
elif n == 932:
    print(932)
elif n == 933:
    print(933)
elif n == 934:
    print(934)
elif n == 935:
    print(935)
elif n == 936:
    print(936)
elif n == 937:
    print(937)
elif n == 938:
    print(938)
elif n == 939:
    print(939)
elif n == 940:
    print(940)
elif n == 941:
    print(941)
elif n == 942:
    print(942)
elif n == 943:
    print(943)
elif n == 944:
    print(944)
elif n == 945:
    print(945)
elif n == 946:
    print(946)
elif n == 947:
    print(947)
elif n == 948:
    print(948)
elif n == 949:
    print(949)
elif n == 950:
    print(950)
elif n == 951:
    print(951)
elif n == 952:
    print(952)
elif n == 953:
    print(953)
elif n == 954:
    print(954)
elif n == 955:
    print(955)
elif n == 956:
    print(956)
elif n == 957:
    print(957)
elif n == 958:
    print(958)
elif n == 959:
    print(959)
elif n == 960:
    print(960)
elif n == 961:
    print(961)
elif n == 962:
    print(962)
elif n == 963:
    print(963)
elif n == 964:
    print(964)
elif n == 965:
    print(965)
elif n == 966:
    print(966)
elif n == 967:
    print(967)
elif n == 968:
    print(968)
elif n == 969:
    print(969)
elif n == 970:
    print(970)
elif n == 971:
    print(971)
elif n == 972:
    print(972)
elif n == 973:
    print(973)
elif n == 974:
    print(974)
elif n == 975:
    print(975)
elif n == 976:
    print(976)
elif n == 977:
    print(977)
elif n == 978:
    print(978)
elif n == 979:
    print(979)
elif n == 980:
    print(980)
elif n == 981:
    print(981)
elif n == 982:
    print(982)
elif n == 983:
    print(983)
elif n == 984:
    print(984)
elif n == 985:
    print(985)
elif n == 986:
    print(986)
elif n == 987:
    print(987)
elif n == 988:
    print(988)
elif n == 989:
    print(989)
elif n == 990:
    print(990)
elif n == 991:
    print(991)
elif n == 992:
    print(992)
elif n == 993:
    print(993)
elif n == 994:
    print(994)
elif n == 995:
    print(995)
elif n == 996:
    print(996)
elif n == 997:
    print(997)
elif n == 998:
    print(998)
elif n == 999:
    print(999)
elif n == 1000:
    print(1000)
elif n == 1001:
    print(1001)
elif n == 1002:
    print(1002)
elif n == 1003:
    print(1003)
elif n == 1004:
    print(1004)
elif n == 1005:
    print(1005)
elif n == 1006:
    print(1006)
elif n == 1007:
    print(1007)
elif n == 1008:
    print(1008)
elif n == 1009:
    print(1009)
elif n == 1010:
    print(1010)
elif n == 1011:
    print(1011)
elif n == 1012:
    print(1012)
elif n == 1013:
    print(1013)
elif n == 1014:
    print(1014)
elif n == 1015:
    print(1015)
elif n == 1016:
    print(1016)
elif n == 1017:
    print(1017)
elif n == 1018:
    print(1018)
elif n == 1019:
    print(1019)
elif n == 1020:
    print(1020)
elif n == 1021:
    print(1021)
elif n == 1022:
    print(1022)
elif n == 1023:
    print(1023)
elif n == 1024:
    print(1024)
elif n == 1025:
    print(1025)
elif n == 1026:
    print(1026)
elif n == 1027:
    print(1027)
elif n == 1028:
    print(1028)
elif n == 1029:
    print(1029)
elif n == 1030:
    print(1030)
elif n == 1031:
    print(1031)
elif n == 1032:
    print(1032)
elif n == 1033:
    print(1033)
elif n == 1034:
    print(1034)
elif n == 1035:
    print(1035)
elif n == 1036:
    print(1036)
elif n == 1037:
    print(1037)
elif n == 1038:
    print(1038)
elif n == 1039:
    print(1039)
elif n == 1040:
    print(1040)
elif n == 1041:
    print(1041)
elif n == 1042:
    print(1042)
elif n == 1043:
    print(1043)
elif n == 1044:
    print(1044)
elif n == 1045:
    print(1045)
elif n == 1046:
    print(1046)
elif n == 1047:
    print(1047)
elif n == 1048:
    print(1048)
elif n == 1049:
    print(1049)
elif n == 1050:
    print(1050)
elif n == 1051:
    print(1051)
elif n == 1052:
    print(1052)
elif n == 1053:
    print(1053)
elif n == 1054:
    print(1054)
elif n == 1055:
    print(1055)
elif n == 1056:
    print(1056)
elif n == 1057:
    print(1057)
elif n == 1058:
    print(1058)
elif n == 1059:
    print(1059)
elif n == 1060:
    print(1060)
elif n == 1061:
    print(1061)
elif n == 1062:
    print(1062)
elif n == 1063:
    print(1063)
elif n == 1064:
    print(1064)
elif n == 1065:
    print(1065)
elif n == 1066:
    print(1066)
elif n == 1067:
    print(1067)
elif n == 1068:
    print(1068)
elif n == 1069:
    print(1069)
elif n == 1070:
    print(1070)
elif n == 1071:
    print(1071)
elif n == 1072:
    print(1072)
elif n == 1073:
    print(1073)
elif n == 1074:
    print(1074)
elif n == 1075:
    print(1075)
elif n == 1076:
    print(1076)
elif n == 1077:
    print(1077)
elif n == 1078:
    print(1078)
elif n == 1079:
    print(1079)
elif n == 1080:
    print(1080)
elif n == 1081:
    print(1081)
elif n == 1082:
    print(1082)
elif n == 1083:
    print(1083)
elif n == 1084:
    print(1084)
elif n == 1085:
    print(1085)
elif n == 1086:
    print(1086)
elif n == 1087:
    print(1087)
elif n == 1088:
    print(1088)
elif n == 1089:
    print(1089)
elif n == 1090:
    print(1090)
elif n == 1091:
    print(1091)
elif n == 1092:
    print(1092)
elif n == 1093:
    print(1093)
elif n == 1094:
    print(1094)
elif n == 1095:
    print(1095)
elif n == 1096:
    print(1096)
elif n == 1097:
    print(1097)
elif n == 1098:
    print(1098)
elif n == 1099:
    print(1099)
elif n == 1100:
    print(1100)
elif n == 1101:
    print(1101)
elif n == 1102:
    print(1102)
elif n == 1103:
    print(1103)
elif n == 1104:
    print(1104)
elif n == 1105:
    print(1105)
elif n == 1106:
    print(1106)
elif n == 1107:
    print(1107)
elif n == 1108:
    print(1108)
elif n == 1109:
    print(1109)
elif n == 1110:
    print(1110)
elif n == 1111:
    print(1111)
elif n == 1112:
    print(1112)
elif n == 1113:
    print(1113)
elif n == 1114:
    print(1114)
elif n == 1115:
    print(1115)
elif n == 1116:
    print(1116)
elif n == 1117:
    print(1117)
elif n == 1118:
    print(1118)
elif n == 1119:
    print(1119)
elif n == 1120:
    print(1120)
elif n == 1121:
    print(1121)
elif n == 1122:
    print(1122)
elif n == 1123:
    print(1123)
elif n == 1124:
    print(1124)
elif n == 1125:
    print(1125)
elif n == 1126:
    print(1126)
elif n == 1127:
    print(1127)
elif n == 1128:
    print(1128)
elif n == 1129:
    print(1129)
elif n == 1130:
    print(1130)
elif n == 1131:
    print(1131)
elif n == 1132:
    print(1132)
elif n == 1133:
    print(1133)
elif n == 1134:
    print(1134)
elif n == 1135:
    print(1135)
elif n == 1136:
    print(1136)
elif n == 1137:
    print(1137)
elif n == 1138:
    print(1138)
elif n == 1139:
    print(1139)
elif n == 1140:
    print(1140)
elif n == 1141:
    print(1141)
elif n == 1142:
    print(1142)
elif n == 1143:
    print(1143)
elif n == 1144:
    print(1144)
elif n == 1145:
    print(1145)
elif n == 1146:
    print(1146)
elif n == 1147:
    print(1147)
elif n == 1148:
    print(1148)
elif n == 1149:
    print(1149)
elif n == 1150:
    print(1150)
elif n == 1151:
    print(1151)
elif n == 1152:
    print(1152)
elif n == 1153:
    print(1153)
elif n == 1154:
    print(1154)
elif n == 1155:
    print(1155)
elif n == 1156:
    print(1156)
elif n == 1157:
    print(1157)
elif n == 1158:
    print(1158)
elif n == 1159:
    print(1159)
elif n == 1160:
    print(1160)
elif n == 1161:
    print(1161)
elif n == 1162:
    print(1162)
elif n == 1163:
    print(1163)
elif n == 1164:
    print(1164)
elif n == 1165:
    print(1165)
elif n == 1166:
    print(1166)
elif n == 1167:
    print(1167)
elif n == 1168:
    print(1168)
elif n == 1169:
    print(1169)
elif n == 1170:
    print(1170)
elif n == 1171:
    print(1171)
elif n == 1172:
    print(1172)
elif n == 1173:
    print(1173)
elif n == 1174:
    print(1174)
elif n == 1175:
    print(1175)
elif n == 1176:
    print(1176)
elif n == 1177:
    print(1177)
elif n == 1178:
    print(1178)
elif n == 1179:
    print(1179)
elif n == 1180:
    print(1180)
elif n == 1181:
    print(1181)
elif n == 1182:
    print(1182)
elif n == 1183:
    print(1183)
elif n == 1184:
    print(1184)
elif n == 1185:
    print(1185)
elif n == 1186:
    print(1186)
elif n == 1187:
    print(1187)
elif n == 1188:
    print(1188)
elif n == 1189:
    print(1189)
elif n == 1190:
    print(1190)
elif n == 1191:
    print(1191)
elif n == 1192:
    print(1192)
elif n == 1193:
    print(1193)
elif n == 1194:
    print(1194)
elif n == 1195:
    print(1195)
elif n == 1196:
    print(1196)
elif n == 1197:
    print(1197)
elif n == 1198:
    print(1198)
elif n == 1199:
    print(1199)
elif n == 1200:
    print(1200)
elif n == 1201:
    print(1201)
elif n == 1202:
    print(1202)
elif n == 1203:
    print(1203)
elif n == 1204:
    print(1204)
elif n == 1205:
    print(1205)
elif n == 1206:
    print(1206)
elif n == 1207:
    print(1207)
elif n == 1208:
    print(1208)
elif n == 1209:
    print(1209)
elif n == 1210:
    print(1210)
elif n == 1211:
    print(1211)
elif n == 1212:
    print(1212)
elif n == 1213:
    print(1213)
elif n == 1214:
    print(1214)
elif n == 1215:
    print(1215)
elif n == 1216:
    print(1216)
elif n == 1217:
    print(1217)
elif n == 1218:
    print(1218)
elif n == 1219:
    print(1219)
elif n == 1220:
    print(1220)
elif n == 1221:
    print(1221)
elif n == 1222:
    print(1222)
elif n == 1223:
    print(1223)
elif n == 1224:
    print(1224)
elif n == 1225:
    print(1225)
elif n == 1226:
    print(1226)
elif n == 1227:
    print(1227)
elif n == 1228:
    print(1228)
elif n == 1229:
    print(1229)
elif n == 1230:
    print(1230)
elif n == 1231:
    print(1231)
elif n == 1232:
    print(1232)
elif n == 1233:
    print(1233)
elif n == 1234:
    print(1234)
elif n == 1235:
    print(1235)
elif n == 1236:
    print(1236)
elif n == 1237:
    print(1237)
elif n == 1238:
    print(1238)
elif n == 1239:
    print(1239)
elif n == 1240:
    print(1240)
elif n == 1241:
    print(1241)
elif n == 1242:
    print(1242)
elif n == 1243:
    print(1243)
elif n == 1244:
    print(1244)
elif n == 1245:
    print(1245)
elif n == 1246:
    print(1246)
elif n == 1247:
    print(1247)
elif n == 1248:
    print(1248)
elif n == 1249:
    print(1249)
elif n == 1250:
    print(1250)
elif n == 1251:
    print(1251)
elif n == 1252:
    print(1252)
elif n == 1253:
    print(1253)
elif n == 1254:
    print(1254)
elif n == 1255:
    print(1255)
elif n == 1256:
    print(1256)
elif n == 1257:
    print(1257)
elif n == 1258:
    print(1258)
elif n == 1259:
    print(1259)
elif n == 1260:
    print(1260)
elif n == 1261:
    print(1261)
elif n == 1262:
    print(1262)
elif n == 1263:
    print(1263)
elif n == 1264:
    print(1264)
elif n == 1265:
    print(1265)
elif n == 1266:
    print(1266)
elif n == 1267:
    print(1267)
elif n == 1268:
    print(1268)
elif n == 1269:
    print(1269)
elif n == 1270:
    print(1270)
elif n == 1271:
    print(1271)
elif n == 1272:
    print(1272)
elif n == 1273:
    print(1273)
elif n == 1274:
    print(1274)
elif n == 1275:
    print(1275)
elif n == 1276:
    print(1276)
elif n == 1277:
    print(1277)
elif n == 1278:
    print(1278)
elif n == 1279:
    print(1279)
elif n == 1280:
    print(1280)
elif n == 1281:
    print(1281)
elif n == 1282:
    print(1282)
elif n == 1283:
    print(1283)
elif n == 1284:
    print(1284)
elif n == 1285:
    print(1285)
elif n == 1286:
    print(1286)
elif n == 1287:
    print(1287)
elif n == 1288:
    print(1288)
elif n == 1289:
    print(1289)
elif n == 1290:
    print(1290)
elif n == 1291:
    print(1291)
elif n == 1292:
    print(1292)
elif n == 1293:
    print(1293)
elif n == 1294:
    print(1294)
elif n == 1295:
    print(1295)
elif n == 1296:
    print(1296)
elif n == 1297:
    print(1297)
elif n == 1298:
    print(1298)
elif n == 1299:
    print(1299)
elif n == 1300:
    print(1300)
elif n == 1301:
    print(1301)
elif n == 1302:
    print(1302)
elif n == 1303:
    print(1303)
elif n == 1304:
    print(1304)
elif n == 1305:
    print(1305)
elif n == 1306:
    print(1306)
elif n == 1307:
    print(1307)
elif n == 1308:
    print(1308)
elif n == 1309:
    print(1309)
elif n == 1310:
    print(1310)
elif n == 1311:
    print(1311)
elif n == 1312:
    print(1312)
elif n == 1313:
    print(1313)
elif n == 1314:
    print(1314)
elif n == 1315:
    print(1315)
elif n == 1316:
    print(1316)
elif n == 1317:
    print(1317)
elif n == 1318:
    print(1318)
elif n == 1319:
    print(1319)
elif n == 1320:
    print(1320)
elif n == 1321:
    print(1321)
elif n == 1322:
    print(1322)
elif n == 1323:
    print(1323)
elif n == 1324:
    print(1324)
elif n == 1325:
    print(1325)
elif n == 1326:
    print(1326)
elif n == 1327:
    print(1327)
elif n == 1328:
    print(1328)
elif n == 1329:
    print(1329)
elif n == 1330:
    print(1330)
elif n == 1331:
    print(1331)
elif n == 1332:
    print(1332)
elif n == 1333:
    print(1333)
elif n == 1334:
    print(1334)
elif n == 1335:
    print(1335)
elif n == 1336:
    print(1336)
elif n == 1337:
    print(1337)
elif n == 1338:
    print(1338)
elif n == 1339:
    print(1339)
elif n == 1340:
    print(1340)
elif n == 1341:
    print(1341)
elif n == 1342:
    print(1342)
elif n == 1343:
    print(1343)
elif n == 1344:
    print(1344)
elif n == 1345:
    print(1345)
elif n == 1346:
    print(1346)
elif n == 1347:
    print(1347)
elif n == 1348:
    print(1348)
elif n == 1349:
    print(1349)
elif n == 1350:
    print(1350)
elif n == 1351:
    print(1351)
elif n == 1352:
    print(1352)
elif n == 1353:
    print(1353)
elif n == 1354:
    print(1354)
elif n == 1355:
    print(1355)
elif n == 1356:
    print(1356)
elif n == 1357:
    print(1357)
elif n == 1358:
    print(1358)
elif n == 1359:
    print(1359)
elif n == 1360:
    print(1360)
elif n == 1361:
    print(1361)
elif n == 1362:
    print(1362)
elif n == 1363:
    print(1363)
elif n == 1364:
    print(1364)
elif n == 1365:
    print(1365)
elif n == 1366:
    print(1366)
elif n == 1367:
    print(1367)
elif n == 1368:
    print(1368)
elif n == 1369:
    print(1369)
elif n == 1370:
    print(1370)
elif n == 1371:
    print(1371)
elif n == 1372:
    print(1372)
elif n == 1373:
    print(1373)
elif n == 1374:
    print(1374)
elif n == 1375:
    print(1375)
elif n == 1376:
    print(1376)
elif n == 1377:
    print(1377)
elif n == 1378:
    print(1378)
elif n == 1379:
    print(1379)
elif n == 1380:
    print(1380)
elif n == 1381:
    print(1381)
elif n == 1382:
    print(1382)
elif n == 1383:
    print(1383)
elif n == 1384:
    print(1384)
elif n == 1385:
    print(1385)
elif n == 1386:
    print(1386)
elif n == 1387:
    print(1387)
elif n == 1388:
    print(1388)
elif n == 1389:
    print(1389)
elif n == 1390:
    print(1390)
elif n == 1391:
    print(1391)
elif n == 1392:
    print(1392)
elif n == 1393:
    print(1393)
elif n == 1394:
    print(1394)
elif n == 1395:
    print(1395)
elif n == 1396:
    print(1396)
elif n == 1397:
    print(1397)
elif n == 1398:
    print(1398)
elif n == 1399:
    print(1399)
elif n == 1400:
    print(1400)
elif n == 1401:
    print(1401)
elif n == 1402:
    print(1402)
elif n == 1403:
    print(1403)
elif n == 1404:
    print(1404)
elif n == 1405:
    print(1405)
elif n == 1406:
    print(1406)
elif n == 1407:
    print(1407)
elif n == 1408:
    print(1408)
elif n == 1409:
    print(1409)
elif n == 1410:
    print(1410)
elif n == 1411:
    print(1411)
elif n == 1412:
    print(1412)
elif n == 1413:
    print(1413)
elif n == 1414:
    print(1414)
elif n == 1415:
    print(1415)
elif n == 1416:
    print(1416)
elif n == 1417:
    print(1417)
elif n == 1418:
    print(1418)
elif n == 1419:
    print(1419)
elif n == 1420:
    print(1420)
elif n == 1421:
    print(1421)
elif n == 1422:
    print(1422)
elif n == 1423:
    print(1423)
elif n == 1424:
    print(1424)
elif n == 1425:
    print(1425)
elif n == 1426:
    print(1426)
elif n == 1427:
    print(1427)
elif n == 1428:
    print(1428)
elif n == 1429:
    print(1429)
elif n == 1430:
    print(1430)
elif n == 1431:
    print(1431)
elif n == 1432:
    print(1432)
elif n == 1433:
    print(1433)
elif n == 1434:
    print(1434)
elif n == 1435:
    print(1435)
elif n == 1436:
    print(1436)
elif n == 1437:
    print(1437)
elif n == 1438:
    print(1438)
elif n == 1439:
    print(1439)
elif n == 1440:
    print(1440)
elif n == 1441:
    print(1441)
elif n == 1442:
    print(1442)
elif n == 1443:
    print(1443)
elif n == 1444:
    print(1444)
elif n == 1445:
    print(1445)
elif n == 1446:
    print(1446)
elif n == 1447:
    print(1447)
elif n == 1448:
    print(1448)
elif n == 1449:
    print(1449)
elif n == 1450:
    print(1450)
elif n == 1451:
    print(1451)
elif n == 1452:
    print(1452)
elif n == 1453:
    print(1453)
elif n == 1454:
    print(1454)
elif n == 1455:
    print(1455)
elif n == 1456:
    print(1456)
elif n == 1457:
    print(1457)
elif n == 1458:
    print(1458)
elif n == 1459:
    print(1459)
elif n == 1460:
    print(1460)
elif n == 1461:
    print(1461)
elif n == 1462:
    print(1462)
elif n == 1463:
    print(1463)
elif n == 1464:
    print(1464)
elif n == 1465:
    print(1465)
elif n == 1466:
    print(1466)
elif n == 1467:
    print(1467)
elif n == 1468:
    print(1468)
elif n == 1469:
    print(1469)
elif n == 1470:
    print(1470)
elif n == 1471:
    print(1471)
elif n == 1472:
    print(1472)
elif n == 1473:
    print(1473)
elif n == 1474:
    print(1474)
elif n == 1475:
    print(1475)
elif n == 1476:
    print(1476)
elif n == 1477:
    print(1477)
elif n == 1478:
    print(1478)
elif n == 1479:
    print(1479)
elif n == 1480:
    print(1480)
elif n == 1481:
    print(1481)
elif n == 1482:
    print(1482)
elif n == 1483:
    print(1483)
elif n == 1484:
    print(1484)
elif n == 1485:
    print(1485)
elif n == 1486:
    print(1486)
elif n == 1487:
    print(1487)
elif n == 1488:
    print(1488)
elif n == 1489:
    print(1489)
elif n == 1490:
    print(1490)
elif n == 1491:
    print(1491)
elif n == 1492:
    print(1492)
elif n == 1493:
    print(1493)
elif n == 1494:
    print(1494)
elif n == 1495:
    print(1495)
elif n == 1496:
    print(1496)
elif n == 1497:
    print(1497)
elif n == 1498:
    print(1498)
elif n == 1499:
    print(1499)
elif n == 1500:
    print(1500)
elif n == 1501:
    print(1501)
elif n == 1502:
    print(1502)
elif n == 1503:
    print(1503)
elif n == 1504:
    print(1504)
elif n == 1505:
    print(1505)
elif n == 1506:
    print(1506)
elif n == 1507:
    print(1507)
elif n == 1508:
    print(1508)
elif n == 1509:
    print(1509)
elif n == 1510:
    print(1510)
elif n == 1511:
    print(1511)
elif n == 1512:
    print(1512)
elif n == 1513:
    print(1513)
elif n == 1514:
    print(1514)
elif n == 1515:
    print(1515)
elif n == 1516:
    print(1516)
elif n == 1517:
    print(1517)
elif n == 1518:
    print(1518)
elif n == 1519:
    print(1519)
elif n == 1520:
    print(1520)
elif n == 1521:
    print(1521)
elif n == 1522:
    print(1522)
elif n == 1523:
    print(1523)
elif n == 1524:
    print(1524)
elif n == 1525:
    print(1525)
elif n == 1526:
    print(1526)
elif n == 1527:
    print(1527)
elif n == 1528:
    print(1528)
elif n == 1529:
    print(1529)
elif n == 1530:
    print(1530)
elif n == 1531:
    print(1531)
elif n == 1532:
    print(1532)
elif n == 1533:
    print(1533)
elif n == 1534:
    print(1534)
elif n == 1535:
    print(1535)
elif n == 1536:
    print(1536)
elif n == 1537:
    print(1537)
elif n == 1538:
    print(1538)
elif n == 1539:
    print(1539)
elif n == 1540:
    print(1540)
elif n == 1541:
    print(1541)
elif n == 1542:
    print(1542)
elif n == 1543:
    print(1543)
elif n == 1544:
    print(1544)
elif n == 1545:
    print(1545)
elif n == 1546:
    print(1546)
elif n == 1547:
    print(1547)
elif n == 1548:
    print(1548)
elif n == 1549:
    print(1549)
elif n == 1550:
    print(1550)
elif n == 1551:
    print(1551)
elif n == 1552:
    print(1552)
elif n == 1553:
    print(1553)
elif n == 1554:
    print(1554)
elif n == 1555:
    print(1555)
elif n == 1556:
    print(1556)
elif n == 1557:
    print(1557)
elif n == 1558:
    print(1558)
elif n == 1559:
    print(1559)
elif n == 1560:
    print(1560)
elif n == 1561:
    print(1561)
elif n == 1562:
    print(1562)
elif n == 1563:
    print(1563)
elif n == 1564:
    print(1564)
elif n == 1565:
    print(1565)
elif n == 1566:
    print(1566)
elif n == 1567:
    print(1567)
elif n == 1568:
    print(1568)
elif n == 1569:
    print(1569)
elif n == 1570:
    print(1570)
elif n == 1571:
    print(1571)
elif n == 1572:
    print(1572)
elif n == 1573:
    print(1573)
elif n == 1574:
    print(1574)
elif n == 1575:
    print(1575)
elif n == 1576:
    print(1576)
elif n == 1577:
    print(1577)
elif n == 1578:
    print(1578)
elif n == 1579:
    print(1579)
elif n == 1580:
    print(1580)
elif n == 1581:
    print(1581)
elif n == 1582:
    print(1582)
elif n == 1583:
    print(1583)
elif n == 1584:
    print(1584)
elif n == 1585:
    print(1585)
elif n == 1586:
    print(1586)
elif n == 1587:
    print(1587)
elif n == 1588:
    print(1588)
elif n == 1589:
    print(1589)
elif n == 1590:
    print(1590)
elif n == 1591:
    print(1591)
elif n == 1592:
    print(1592)
elif n == 1593:
    print(1593)
elif n == 1594:
    print(1594)
elif n == 1595:
    print(1595)
elif n == 1596:
    print(1596)
elif n == 1597:
    print(1597)
elif n == 1598:
    print(1598)
elif n == 1599:
    print(1599)
elif n == 1600:
    print(1600)
elif n == 1601:
    print(1601)
elif n == 1602:
    print(1602)
elif n == 1603:
    print(1603)
elif n == 1604:
    print(1604)
elif n == 1605:
    print(1605)
elif n == 1606:
    print(1606)
elif n == 1607:
    print(1607)
elif n == 1608:
    print(1608)
elif n == 1609:
    print(1609)
elif n == 1610:
    print(1610)
elif n == 1611:
    print(1611)
elif n == 1612:
    print(1612)
elif n == 1613:
    print(1613)
elif n == 1614:
    print(1614)
elif n == 1615:
    print(1615)
elif n == 1616:
    print(1616)
elif n == 1617:
    print(1617)
elif n == 1618:
    print(1618)
elif n == 1619:
    print(1619)
elif n == 1620:
    print(1620)
elif n == 1621:
    print(1621)
elif n == 1622:
    print(1622)
elif n == 1623:
    print(1623)
elif n == 1624:
    print(1624)
elif n == 1625:
    print(1625)
elif n == 1626:
    print(1626)
elif n == 1627:
    print(1627)
elif n == 1628:
    print(1628)
elif n == 1629:
    print(1629)
elif n == 1630:
    print(1630)
elif n == 1631:
    print(1631)
elif n == 1632:
    print(1632)
elif n == 1633:
    print(1633)
elif n == 1634:
    print(1634)
elif n == 1635:
    print(1635)
elif n == 1636:
    print(1636)
elif n == 1637:
    print(1637)
elif n == 1638:
    print(1638)
elif n == 1639:
    print(1639)
elif n == 1640:
    print(1640)
elif n == 1641:
    print(1641)
elif n == 1642:
    print(1642)
elif n == 1643:
    print(1643)
elif n == 1644:
    print(1644)
elif n == 1645:
    print(1645)
elif n == 1646:
    print(1646)
elif n == 1647:
    print(1647)
elif n == 1648:
    print(1648)
elif n == 1649:
    print(1649)
elif n == 1650:
    print(1650)
elif n == 1651:
    print(1651)
elif n == 1652:
    print(1652)
elif n == 1653:
    print(1653)
elif n == 1654:
    print(1654)
elif n == 1655:
    print(1655)
elif n == 1656:
    print(1656)
elif n == 1657:
    print(1657)
elif n == 1658:
    print(1658)
elif n == 1659:
    print(1659)
elif n == 1660:
    print(1660)
elif n == 1661:
    print(1661)
elif n == 1662:
    print(1662)
elif n == 1663:
    print(1663)
elif n == 1664:
    print(1664)
elif n == 1665:
    print(1665)
elif n == 1666:
    print(1666)
elif n == 1667:
    print(1667)
elif n == 1668:
    print(1668)
elif n == 1669:
    print(1669)
elif n == 1670:
    print(1670)
elif n == 1671:
    print(1671)
elif n == 1672:
    print(1672)
elif n == 1673:
    print(1673)
elif n == 1674:
    print(1674)
elif n == 1675:
    print(1675)
elif n == 1676:
    print(1676)
elif n == 1677:
    print(1677)
elif n == 1678:
    print(1678)
elif n == 1679:
    print(1679)
elif n == 1680:
    print(1680)
elif n == 1681:
    print(1681)
elif n == 1682:
    print(1682)
elif n == 1683:
    print(1683)
elif n == 1684:
    print(1684)
elif n == 1685:
    print(1685)
elif n == 1686:
    print(1686)
elif n == 1687:
    print(1687)
elif n == 1688:
    print(1688)
elif n == 1689:
    print(1689)
elif n == 1690:
    print(1690)
elif n == 1691:
    print(1691)
elif n == 1692:
    print(1692)
elif n == 1693:
    print(1693)
elif n == 1694:
    print(1694)
elif n == 1695:
    print(1695)
elif n == 1696:
    print(1696)
elif n == 1697:
    print(1697)
elif n == 1698:
    print(1698)
elif n == 1699:
    print(1699)
elif n == 1700:
    print(1700)
elif n == 1701:
    print(1701)
elif n == 1702:
    print(1702)
elif n == 1703:
    print(1703)
elif n == 1704:
    print(1704)
elif n == 1705:
    print(1705)
elif n == 1706:
    print(1706)
elif n == 1707:
    print(1707)
elif n == 1708:
    print(1708)
elif n == 1709:
    print(1709)
elif n == 1710:
    print(1710)
elif n == 1711:
    print(1711)
elif n == 1712:
    print(1712)
elif n == 1713:
    print(1713)
elif n == 1714:
    print(1714)
elif n == 1715:
    print(1715)
elif n == 1716:
    print(1716)
elif n == 1717:
    print(1717)
elif n == 1718:
    print(1718)
elif n == 1719:
    print(1719)
elif n == 1720:
    print(1720)
elif n == 1721:
    print(1721)
elif n == 1722:
    print(1722)
elif n == 1723:
    print(1723)
elif n == 1724:
    print(1724)
elif n == 1725:
    print(1725)
elif n == 1726:
    print(1726)
elif n == 1727:
    print(1727)
elif n == 1728:
    print(1728)
elif n == 1729:
    print(1729)
elif n == 1730:
    print(1730)
elif n == 1731:
    print(1731)
elif n == 1732:
    print(1732)
elif n == 1733:
    print(1733)
elif n == 1734:
    print(1734)
elif n == 1735:
    print(1735)
elif n == 1736:
    print(1736)
elif n == 1737:
    print(1737)
elif n == 1738:
    print(1738)
elif n == 1739:
    print(1739)
elif n == 1740:
    print(1740)
elif n == 1741:
    print(1741)
elif n == 1742:
    print(1742)
elif n == 1743:
    print(1743)
elif n == 1744:
    print(1744)
elif n == 1745:
    print(1745)
elif n == 1746:
    print(1746)
elif n == 1747:
    print(1747)
elif n == 1748:
    print(1748)
elif n == 1749:
    print(1749)
elif n == 1750:
    print(1750)
elif n == 1751:
    print(1751)
elif n == 1752:
    print(1752)
elif n == 1753:
    print(1753)
elif n == 1754:
    print(1754)
elif n == 1755:
    print(1755)
elif n == 1756:
    print(1756)
elif n == 1757:
    print(1757)
elif n == 1758:
    print(1758)
elif n == 1759:
    print(1759)
elif n == 1760:
    print(1760)
elif n == 1761:
    print(1761)
elif n == 1762:
    print(1762)
elif n == 1763:
    print(1763)
elif n == 1764:
    print(1764)
elif n == 1765:
    print(1765)
elif n == 1766:
    print(1766)
elif n == 1767:
    print(1767)
elif n == 1768:
    print(1768)
elif n == 1769:
    print(1769)
elif n == 1770:
    print(1770)
elif n == 1771:
    print(1771)
elif n == 1772:
    print(1772)
elif n == 1773:
    print(1773)
elif n == 1774:
    print(1774)
elif n == 1775:
    print(1775)
elif n == 1776:
    print(1776)
elif n == 1777:
    print(1777)
elif n == 1778:
    print(1778)
elif n == 1779:
    print(1779)
elif n == 1780:
    print(1780)
elif n == 1781:
    print(1781)
elif n == 1782:
    print(1782)
elif n == 1783:
    print(1783)
elif n == 1784:
    print(1784)
elif n == 1785:
    print(1785)
elif n == 1786:
    print(1786)
elif n == 1787:
    print(1787)
elif n == 1788:
    print(1788)
elif n == 1789:
    print(1789)
elif n == 1790:
    print(1790)
elif n == 1791:
    print(1791)
elif n == 1792:
    print(1792)
elif n == 1793:
    print(1793)
elif n == 1794:
    print(1794)
elif n == 1795:
    print(1795)
elif n == 1796:
    print(1796)
elif n == 1797:
    print(1797)
elif n == 1798:
    print(1798)
elif n == 1799:
    print(1799)
elif n == 1800:
    print(1800)
elif n == 1801:
    print(1801)
elif n == 1802:
    print(1802)
elif n == 1803:
    print(1803)
elif n == 1804:
    print(1804)
elif n == 1805:
    print(1805)
elif n == 1806:
    print(1806)
elif n == 1807:
    print(1807)
elif n == 1808:
    print(1808)
elif n == 1809:
    print(1809)
elif n == 1810:
    print(1810)
elif n == 1811:
    print(1811)
elif n == 1812:
    print(1812)
elif n == 1813:
    print(1813)
elif n == 1814:
    print(1814)
elif n == 1815:
    print(1815)
elif n == 1816:
    print(1816)
elif n == 1817:
    print(1817)
elif n == 1818:
    print(1818)
elif n == 1819:
    print(1819)
elif n == 1820:
    print(1820)
elif n == 1821:
    print(1821)
elif n == 1822:
    print(1822)
elif n == 1823:
    print(1823)
elif n == 1824:
    print(1824)
elif n == 1825:
    print(1825)
elif n == 1826:
    print(1826)
elif n == 1827:
    print(1827)
elif n == 1828:
    print(1828)
elif n == 1829:
    print(1829)
elif n == 1830:
    print(1830)
elif n == 1831:
    print(1831)
elif n == 1832:
    print(1832)
elif n == 1833:
    print(1833)
elif n == 1834:
    print(1834)
elif n == 1835:
    print(1835)
elif n == 1836:
    print(1836)
elif n == 1837:
    print(1837)
elif n == 1838:
    print(1838)
elif n == 1839:
    print(1839)
elif n == 1840:
    print(1840)
elif n == 1841:
    print(1841)
elif n == 1842:
    print(1842)
elif n == 1843:
    print(1843)
elif n == 1844:
    print(1844)
elif n == 1845:
    print(1845)
elif n == 1846:
    print(1846)
elif n == 1847:
    print(1847)
elif n == 1848:
    print(1848)
elif n == 1849:
    print(1849)
elif n == 1850:
    print(1850)
elif n == 1851:
    print(1851)
elif n == 1852:
    print(1852)
elif n == 1853:
    print(1853)
elif n == 1854:
    print(1854)
elif n == 1855:
    print(1855)
elif n == 1856:
    print(1856)
elif n == 1857:
    print(1857)
elif n == 1858:
    print(1858)
elif n == 1859:
    print(1859)
elif n == 1860:
    print(1860)
elif n == 1861:
    print(1861)
elif n == 1862:
    print(1862)
elif n == 1863:
    print(1863)
elif n == 1864:
    print(1864)
elif n == 1865:
    print(1865)
elif n == 1866:
    print(1866)
elif n == 1867:
    print(1867)
elif n == 1868:
    print(1868)
elif n == 1869:
    print(1869)
elif n == 1870:
    print(1870)
elif n == 1871:
    print(1871)
elif n == 1872:
    print(1872)
elif n == 1873:
    print(1873)
elif n == 1874:
    print(1874)
elif n == 1875:
    print(1875)
elif n == 1876:
    print(1876)
elif n == 1877:
    print(1877)
elif n == 1878:
    print(1878)
elif n == 1879:
    print(1879)
elif n == 1880:
    print(1880)
elif n == 1881:
    print(1881)
elif n == 1882:
    print(1882)
elif n == 1883:
    print(1883)
elif n == 1884:
    print(1884)
elif n == 1885:
    print(1885)
elif n == 1886:
    print(1886)
elif n == 1887:
    print(1887)
elif n == 1888:
    print(1888)
elif n == 1889:
    print(1889)
elif n == 1890:
    print(1890)
elif n == 1891:
    print(1891)
elif n == 1892:
    print(1892)
elif n == 1893:
    print(1893)
elif n == 1894:
    print(1894)
elif n == 1895:
    print(1895)
elif n == 1896:
    print(1896)
elif n == 1897:
    print(1897)
elif n == 1898:
    print(1898)
elif n == 1899:
    print(1899)
elif n == 1900:
    print(1900)
elif n == 1901:
    print(1901)
elif n == 1902:
    print(1902)
elif n == 1903:
    print(1903)
elif n == 1904:
    print(1904)
elif n == 1905:
    print(1905)
elif n == 1906:
    print(1906)
elif n == 1907:
    print(1907)
elif n == 1908:
    print(1908)
elif n == 1909:
    print(1909)
elif n == 1910:
    print(1910)
elif n == 1911:
    print(1911)
elif n == 1912:
    print(1912)
elif n == 1913:
    print(1913)
elif n == 1914:
    print(1914)
elif n == 1915:
    print(1915)
elif n == 1916:
    print(1916)
elif n == 1917:
    print(1917)
elif n == 1918:
    print(1918)
elif n == 1919:
    print(1919)
elif n == 1920:
    print(1920)
elif n == 1921:
    print(1921)
elif n == 1922:
    print(1922)
elif n == 1923:
    print(1923)
elif n == 1924:
    print(1924)
elif n == 1925:
    print(1925)
elif n == 1926:
    print(1926)
elif n == 1927:
    print(1927)
elif n == 1928:
    print(1928)
elif n == 1929:
    print(1929)
elif n == 1930:
    print(1930)
elif n == 1931:
    print(1931)
elif n == 1932:
    print(1932)
elif n == 1933:
    print(1933)
elif n == 1934:
    print(1934)
elif n == 1935:
    print(1935)
elif n == 1936:
    print(1936)
elif n == 1937:
    print(1937)
elif n == 1938:
    print(1938)
elif n == 1939:
    print(1939)
elif n == 1940:
    print(1940)
elif n == 1941:
    print(1941)
elif n == 1942:
    print(1942)
elif n == 1943:
    print(1943)
elif n == 1944:
    print(1944)
elif n == 1945:
    print(1945)
elif n == 1946:
    print(1946)
elif n == 1947:
    print(1947)
elif n == 1948:
    print(1948)
elif n == 1949:
    print(1949)
elif n == 1950:
    print(1950)
elif n == 1951:
    print(1951)
elif n == 1952:
    print(1952)
elif n == 1953:
    print(1953)
elif n == 1954:
    print(1954)
elif n == 1955:
    print(1955)
elif n == 1956:
    print(1956)
elif n == 1957:
    print(1957)
elif n == 1958:
    print(1958)
elif n == 1959:
    print(1959)
elif n == 1960:
    print(1960)
elif n == 1961:
    print(1961)
elif n == 1962:
    print(1962)
elif n == 1963:
    print(1963)
elif n == 1964:
    print(1964)
elif n == 1965:
    print(1965)
elif n == 1966:
    print(1966)
elif n == 1967:
    print(1967)
elif n == 1968:
    print(1968)
elif n == 1969:
    print(1969)
elif n == 1970:
    print(1970)
elif n == 1971:
    print(1971)
elif n == 1972:
    print(1972)
elif n == 1973:
    print(1973)
elif n == 1974:
    print(1974)
elif n == 1975:
    print(1975)
elif n == 1976:
    print(1976)
elif n == 1977:
    print(1977)
elif n == 1978:
    print(1978)
elif n == 1979:
    print(1979)
elif n == 1980:
    print(1980)
elif n == 1981:
    print(1981)
elif n == 1982:
    print(1982)
elif n == 1983:
    print(1983)
elif n == 1984:
    print(1984)
elif n == 1985:
    print(1985)
elif n == 1986:
    print(1986)
elif n == 1987:
    print(1987)
elif n == 1988:
    print(1988)
elif n == 1989:
    print(1989)
elif n == 1990:
    print(1990)
elif n == 1991:
    print(1991)
elif n == 1992:
    print(1992)
elif n == 1993:
    print(1993)
elif n == 1994:
    print(1994)
elif n == 1995:
    print(1995)
elif n == 1996:
    print(1996)
elif n == 1997:
    print(1997)
elif n == 1998:
    print(1998)
elif n == 1999:
    print(1999)
else:
    print("none")
